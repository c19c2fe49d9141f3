using System.Net;
using System.Text.Json.Nodes;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Jobs;

public sealed class WhenSubmittingAJob(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Returns_201_with_the_pending_job_and_its_location()
    {
        var response = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { target_worker_id = "adam", priority = 2, tags = new[] { "greenhouse" } }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var job = await response.Read<Job>();
        Assert.Equal(JobStatus.Pending, job.Status);
        Assert.Equal("adam", job.TargetWorkerId);
        Assert.Equal(WorkerAffinity.Strict, job.WorkerAffinity);
        Assert.Equal(2, job.Priority);
        Assert.Equal(["greenhouse"], job.Tags);
        Assert.Equal($"/api/v1/gh/jobs/{job.Id}", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Applies_the_documented_defaults()
    {
        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob())).Read<Job>();

        Assert.Equal(5, job.Priority);
        Assert.Equal(3, job.MaxRetries);
        Assert.Equal(300, job.TimeoutSeconds);
        Assert.Equal(0, job.RetryCount);
        Assert.Null(job.TargetWorkerId);
        Assert.Null(job.WorkerAffinity);
        Assert.Null(job.WorkerId);
    }

    [Fact]
    public async Task Records_the_creation_as_the_first_event()
    {
        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob())).Read<Job>();

        var events = (await client.GetFromJson<JsonObject>($"/api/v1/gh/jobs/{job.Id}/events"))["events"]!.AsArray();

        var created = Assert.Single(events);
        Assert.Equal("job_created", (string?)created!["event_type"]);
        Assert.Equal("pending", (string?)created["to_status"]);
        Assert.Equal("api", (string?)created["actor"]);
    }

    [Theory]
    [InlineData("job_type", """{"job_type":"teleport"}""")]
    [InlineData("job_type", """{"job_type":null}""")]
    [InlineData("user_id", """{"user_id":"not-a-uuid"}""")]
    [InlineData("user_id", """{"user_id":null}""")]
    [InlineData("target_url", """{"target_url":"ftp://example.com/file"}""")]
    [InlineData("target_url", """{"target_url":"/relative/path"}""")]
    [InlineData("target_url", """{"target_url":null}""")]
    [InlineData("priority", """{"priority":0}""")]
    [InlineData("priority", """{"priority":11}""")]
    [InlineData("priority", """{"priority":"high"}""")]
    [InlineData("max_retries", """{"max_retries":-1}""")]
    [InlineData("timeout_seconds", """{"timeout_seconds":29}""")]
    [InlineData("timeout_seconds", """{"timeout_seconds":1801}""")]
    [InlineData("input_data", """{"input_data":[1,2]}""")]
    [InlineData("metadata", """{"metadata":"text"}""")]
    [InlineData("callback_url", """{"callback_url":"not a url"}""")]
    [InlineData("target_worker_id", """{"target_worker_id":"has spaces"}""")]
    [InlineData("worker_affinity", """{"worker_affinity":"sometimes","target_worker_id":"adam"}""")]
    [InlineData("worker_affinity", """{"worker_affinity":"strict"}""")]
    [InlineData("tags", """{"tags":[""]}""")]
    [InlineData("idempotency_key", """{"idempotency_key":""}""")]
    [InlineData("input_data.steps", """{"job_type":"custom","input_data":{}}""")]
    [InlineData("input_data.steps[0].action", """{"job_type":"custom","input_data":{"steps":[{"action":"teleport"}]}}""")]
    [InlineData("input_data.steps[1].selector", """{"job_type":"custom","input_data":{"steps":[{"action":"goto","url":"https://example.com/"},{"action":"click"}]}}""")]
    [InlineData("input_data.steps[0].url", """{"job_type":"custom","input_data":{"steps":[{"action":"goto","url":"file:///etc/passwd"}]}}""")]
    [InlineData("input_data.steps[0].timeout_ms", """{"job_type":"custom","input_data":{"steps":[{"action":"wait_for","selector":"h1","timeout_ms":0}]}}""")]
    [InlineData("task_description", """{"task_description":"Apply\u0000now"}""")]
    [InlineData("input_data", """{"input_data":{"userData":{"first_name":"Ada\u0000"}}}""")]
    [InlineData("input_data", """{"input_data":{"list":[1,{"deep":["x\u0000"]}]}}""")]
    [InlineData("input_data", """{"input_data":{"key\u0000":1}}""")]
    [InlineData("metadata", """{"metadata":{"note":"\u0000"}}""")]
    [InlineData("tags", """{"tags":["ok","b\u0000d"]}""")]
    [InlineData("idempotency_key", """{"idempotency_key":"k\u0000"}""")]
    [InlineData("created_by", """{"created_by":"valet\u0000"}""")]
    public async Task Rejects_an_invalid_field_with_a_problem_naming_it_and_writes_nothing(string field, string overrides)
    {
        var body = JobJson.NewJob();
        foreach (var (key, value) in JsonNode.Parse(overrides)!.AsObject())
        {
            body[key] = value?.DeepClone();
        }

        var response = await client.PostJson("/api/v1/gh/jobs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObject();
        Assert.Equal(400, (int?)problem["status"]);
        Assert.Equal("validation_failed", (string?)problem["code"]);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), $"errors should name {field}: {problem}");
        Assert.Equal(0, await JobCount());
    }

    [Fact]
    public async Task Rejects_a_target_worker_id_over_100_characters()
    {
        var response = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { target_worker_id = new string('w', 101) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("100", (string?)(await response.ReadObject())["errors"]!["target_worker_id"]![0]);
    }

    [Fact]
    public async Task Accepts_a_target_worker_id_of_exactly_100_characters()
    {
        var response = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { target_worker_id = new string('w', 100) }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_a_body_that_is_not_json_with_a_problem()
    {
        var response = await client.PostAsync("/api/v1/gh/jobs", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadObject())["errors"]!.AsObject().ContainsKey("body"));
        Assert.Equal(0, await JobCount());
    }

    [Fact]
    public async Task Accepts_system_ping_without_a_target_url()
    {
        var response = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { job_type = "system.ping", target_url = (string?)null }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<long> JobCount()
    {
        await using var command = api.DataSource.CreateCommand("SELECT count(*) FROM gh_automation_jobs");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
