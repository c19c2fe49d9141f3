using System.Net;
using System.Text.Json.Nodes;
using GhostHands.Jobs;
using GhostHands.Jobs.Submission;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Jobs;

public sealed class WhenSubmittingABatch(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Creates_the_valid_jobs_and_reports_the_invalid_ones_by_index()
    {
        var jobs = new JsonArray();
        for (var i = 0; i < 10; i++)
        {
            jobs.Add(i switch
            {
                3 => JobJson.NewJob(new { priority = 42 }),
                7 => JobJson.NewJob(new { target_url = "not-a-url" }),
                _ => JobJson.NewJob(new { idempotency_key = $"batch-{i}" }),
            });
        }

        var response = await client.PostJson("/api/v1/gh/jobs/batch", new JsonObject { ["jobs"] = jobs });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Read<BatchCreated>();
        Assert.Equal(8, result.Created.Count);
        Assert.Equal([3, 7], result.Errors.Select(e => e.Index));
        Assert.Contains("priority", result.Errors[0].Errors!.Keys);
        Assert.Contains("target_url", result.Errors[1].Errors!.Keys);
        Assert.Equal(8L, await Count());
    }

    [Fact]
    public async Task A_nul_character_in_one_entry_rejects_that_entry_only_naming_the_field()
    {
        var jobs = new JsonArray(
            JobJson.NewJob(new { tags = new[] { "fine", "bro\u0000ken" } }),
            JobJson.NewJob(),
            JobJson.NewJob(new { task_description = "nul\u0000here" }),
            JobJson.NewJob(new { input_data = new { userData = new { city = "Oslo\u0000" } } }));

        var response = await client.PostJson("/api/v1/gh/jobs/batch", new JsonObject { ["jobs"] = jobs });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Read<BatchCreated>();
        Assert.Single(result.Created);
        Assert.Equal([0, 2, 3], result.Errors.Select(e => e.Index));
        Assert.Equal(["tags"], result.Errors[0].Errors!.Keys);
        Assert.Equal(["task_description"], result.Errors[1].Errors!.Keys);
        Assert.Contains("input_data.userData.city", result.Errors[2].Errors!["input_data"][0]);
        Assert.Equal(1L, await Count());
    }

    [Fact]
    public async Task Applies_defaults_to_every_job_unless_the_job_sets_the_field()
    {
        var body = new JsonObject
        {
            ["defaults"] = new JsonObject { ["priority"] = 2, ["target_worker_id"] = "sarah", ["user_id"] = JobJson.UserId.ToString() },
            ["jobs"] = new JsonArray(
                new JsonObject { ["job_type"] = "system.ping" },
                new JsonObject { ["job_type"] = "system.ping", ["priority"] = 9 }),
        };

        var result = await (await client.PostJson("/api/v1/gh/jobs/batch", body)).Read<BatchCreated>();

        Assert.Equal([2, 9], result.Created.Select(j => j.Priority));
        Assert.All(result.Created, j => Assert.Equal("sarah", j.TargetWorkerId));
    }

    [Fact]
    public async Task Reports_a_taken_idempotency_key_with_the_existing_job()
    {
        var existing = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { idempotency_key = "dup" }))).Read<Job>();

        var result = await (await client.PostJson("/api/v1/gh/jobs/batch", new JsonObject
        {
            ["jobs"] = new JsonArray(JobJson.NewJob(new { idempotency_key = "dup" }), JobJson.NewJob()),
        })).Read<BatchCreated>();

        var error = Assert.Single(result.Errors);
        Assert.Equal(0, error.Index);
        Assert.Equal("duplicate_idempotency_key", error.Code);
        Assert.Equal(existing.Id, error.ExistingJobId);
        Assert.Single(result.Created);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task Rejects_a_batch_outside_1_to_50_jobs_and_writes_nothing(int size)
    {
        var jobs = new JsonArray();
        for (var i = 0; i < size; i++)
        {
            jobs.Add(JobJson.NewJob());
        }

        var response = await client.PostJson("/api/v1/gh/jobs/batch", new JsonObject { ["jobs"] = jobs });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadObject())["errors"]!.AsObject().ContainsKey("jobs"));
        Assert.Equal(0L, await Count());
    }

    [Fact]
    public async Task Rejects_a_batch_whose_every_job_is_invalid()
    {
        var response = await client.PostJson("/api/v1/gh/jobs/batch", new JsonObject
        {
            ["jobs"] = new JsonArray(JobJson.NewJob(new { job_type = "nope" })),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("batch_rejected", (string?)(await response.ReadObject())["code"]);
    }

    private async Task<long> Count()
    {
        await using var command = api.DataSource.CreateCommand("SELECT count(*) FROM gh_automation_jobs");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

public sealed class WhenABatchHasAParent(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_parent_runs_until_its_last_child_finishes_then_completes()
    {
        var (parent, children) = await CreateBatch(3);

        await Finish(children[0], "completed");
        await Finish(children[1], "completed");
        var midway = await client.GetFromJson<GhostHands.Jobs.Queries.BatchStatus>($"/api/v1/gh/jobs/{parent}/batch");
        await Finish(children[2], "completed");
        var done = await client.GetFromJson<GhostHands.Jobs.Queries.BatchStatus>($"/api/v1/gh/jobs/{parent}/batch");

        Assert.Equal(JobStatus.Running, midway.Status);
        Assert.Equal(2, midway.Counts["completed"]);
        Assert.Equal(1, midway.Counts["pending"]);
        Assert.Equal(JobStatus.Completed, done.Status);
        Assert.Equal(3, done.Total);
    }

    [Fact]
    public async Task The_parent_fails_when_any_child_failed_once_all_are_done()
    {
        var (parent, children) = await CreateBatch(2);

        await Finish(children[0], "failed");
        Assert.Equal(JobStatus.Running, (await client.GetFromJson<Job>($"/api/v1/gh/jobs/{parent}")).Status);
        await Finish(children[1], "completed");

        var job = await client.GetFromJson<Job>($"/api/v1/gh/jobs/{parent}");
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Equal("batch_child_failed", job.ErrorCode);
    }

    [Fact]
    public async Task Children_finishing_at_the_same_moment_still_finish_the_parent()
    {
        var (parent, children) = await CreateBatch(20);

        await Task.WhenAll(children.Select(c => Task.Run(() => Finish(c, "completed"))));

        Assert.Equal(JobStatus.Completed, (await client.GetFromJson<Job>($"/api/v1/gh/jobs/{parent}")).Status);
    }

    [Fact]
    public async Task The_batch_view_of_a_job_that_is_not_a_parent_answers_404()
    {
        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob())).Read<Job>();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/gh/jobs/{job.Id}/batch")).StatusCode);
    }

    private async Task<(Guid Parent, List<Guid> Children)> CreateBatch(int size)
    {
        var jobs = new JsonArray();
        for (var i = 0; i < size; i++)
        {
            jobs.Add(JobJson.NewJob(new { job_type = "system.ping", target_url = (string?)null }));
        }

        var result = await (await client.PostJson("/api/v1/gh/jobs/batch", new JsonObject { ["jobs"] = jobs, ["parent"] = true })).Read<BatchCreated>();
        Assert.All(result.Created, j => Assert.Equal(result.ParentJobId, j.ParentJobId));
        return (result.ParentJobId!.Value, result.Created.Select(j => j.Id).ToList());
    }

    private Task Finish(Guid id, string status) =>
        api.DataSource.Execute(
            "UPDATE gh_automation_jobs SET status = $2, completed_at = now() WHERE id = $1", id, status);
}
