using System.Net;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Npgsql;
using System.Text.Json;

namespace GhostHands.Tests.Jobs;

public sealed class WhenCancellingOrRetryingJobs(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("pending")]
    [InlineData("queued")]
    [InlineData("running")]
    [InlineData("paused")]
    public async Task Cancel_ends_an_unfinished_job_cancelled(string status)
    {
        var id = await Create();
        await ForceStatus(id, status);

        var response = await client.PostJson($"/api/v1/gh/jobs/{id}/cancel", new { reason = "user withdrew" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await response.Read<Job>();
        Assert.Equal(JobStatus.Cancelled, job.Status);
        Assert.NotNull(job.CompletedAt);
        Assert.Equal("Cancelled: user withdrew", job.StatusMessage);
    }

    [Fact]
    public async Task Cancel_reads_a_reason_sent_with_chunked_transfer_encoding()
    {
        var id = await Create();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/gh/jobs/{id}/cancel")
        {
            Content = new StreamContent(new MemoryStream("""{"reason":"sent in chunks"}"""u8.ToArray())),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cancelled: sent in chunks", (await response.Read<Job>()).StatusMessage);
    }

    [Fact]
    public async Task Cancel_answers_400_naming_the_problem_for_a_malformed_body_and_changes_nothing()
    {
        var id = await Create();

        var response = await client.PostAsync($"/api/v1/gh/jobs/{id}/cancel", new StringContent("{\"reason\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JobStatus.Pending, (await client.GetFromJson<Job>($"/api/v1/gh/jobs/{id}")).Status);
    }

    [Theory]
    [InlineData("completed")]
    [InlineData("failed")]
    [InlineData("cancelled")]
    [InlineData("expired")]
    public async Task Cancel_answers_409_for_a_finished_job_and_changes_nothing(string status)
    {
        var id = await Create();
        await ForceStatus(id, status);

        var response = await client.PostAsync($"/api/v1/gh/jobs/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(status, (string?)(await response.ReadObject())["currentStatus"]);
        Assert.Equal(status, (await client.GetFromJson<Job>($"/api/v1/gh/jobs/{id}")).Status.ToDb());
    }

    [Fact]
    public async Task Cancel_answers_404_for_an_unknown_job()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/gh/jobs/{Guid.NewGuid()}/cancel", null)).StatusCode);
    }

    [Theory]
    [InlineData("failed")]
    [InlineData("cancelled")]
    [InlineData("expired")]
    public async Task Retry_puts_a_dead_job_back_to_pending_with_a_fresh_budget(string status)
    {
        var id = await Create();
        await ForceStatus(id, status);

        var response = await client.PostAsync($"/api/v1/gh/jobs/{id}/retry", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await response.Read<Job>();
        Assert.Equal(JobStatus.Pending, job.Status);
        Assert.Equal(0, job.RetryCount);
        Assert.Null(job.WorkerId);
        Assert.Null(job.CompletedAt);
        Assert.Null(job.ErrorCode);
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("running")]
    [InlineData("completed")]
    public async Task Retry_answers_409_for_a_job_that_is_not_dead(string status)
    {
        var id = await Create();
        await ForceStatus(id, status);

        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/gh/jobs/{id}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task Retry_answers_404_for_an_unknown_job()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/gh/jobs/{Guid.NewGuid()}/retry", null)).StatusCode);
    }

    private async Task<Guid> Create() =>
        (await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob())).Read<Job>()).Id;

    /// <summary>Moves a job to any status the way a worker would, keeping the table's invariants.</summary>
    private async Task ForceStatus(Guid id, string status)
    {
        var sql = status switch
        {
            "pending" => "SELECT 1",
            "queued" => "UPDATE gh_automation_jobs SET status = 'queued', worker_id = 'adam', last_heartbeat = now() WHERE id = $1",
            "running" => "UPDATE gh_automation_jobs SET status = 'running', worker_id = 'adam', last_heartbeat = now(), started_at = now() WHERE id = $1",
            "paused" => "UPDATE gh_automation_jobs SET status = 'paused' WHERE id = $1",
            _ => $"UPDATE gh_automation_jobs SET status = '{status}', completed_at = now(), error_code = CASE WHEN '{status}' = 'failed' THEN 'timeout' END, retry_count = 2 WHERE id = $1",
        };
        await using var command = api.DataSource.CreateCommand(sql);
        if (status != "pending")
        {
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        }

        await command.ExecuteNonQueryAsync();
    }
}

public sealed class WhenResumingAPausedJob(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task It_goes_back_to_pending_with_the_answers_merged_into_qa_overrides()
    {
        var id = await PausedJob("""{"qaOverrides": {"Willing to relocate?": "yes"}}""");

        var response = await client.PostJson($"/api/v1/gh/jobs/{id}/resume", new { answers = new Dictionary<string, string> { ["Security clearance ID"] = "TS-1234" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await response.Read<Job>();
        Assert.Equal(JobStatus.Pending, job.Status);
        Assert.Null(job.WorkerId);
        var overrides = job.InputData.GetProperty("qaOverrides");
        Assert.Equal("yes", overrides.GetProperty("Willing to relocate?").GetString());
        Assert.Equal("TS-1234", overrides.GetProperty("Security clearance ID").GetString());
    }

    [Fact]
    public async Task A_job_that_is_not_paused_answers_409()
    {
        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob())).Read<Job>();

        var response = await client.PostJson($"/api/v1/gh/jobs/{job.Id}/resume", new { answers = new Dictionary<string, string>() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Too_many_answers_are_refused_naming_the_field()
    {
        var id = await PausedJob("{}");
        var answers = Enumerable.Range(0, 51).ToDictionary(i => $"q{i}", _ => "a");

        var response = await client.PostJson($"/api/v1/gh/jobs/{id}/resume", new { answers });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("paused", await api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id));
    }

    private async Task<Guid> PausedJob(string inputData)
    {
        var id = await api.DataSource.InsertJob("apply", inputData: inputData);
        await api.DataSource.Execute(
            "UPDATE gh_automation_jobs SET status = 'paused', worker_id = 'adam', target_url = 'https://example.com' WHERE id = $1", id);
        return id;
    }
}
