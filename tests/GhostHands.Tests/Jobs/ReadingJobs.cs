using System.Net;
using System.Text.Json.Nodes;
using GhostHands.Jobs;
using GhostHands.Jobs.Queries;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Jobs;

public sealed class WhenReadingJobs(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Get_returns_the_job_with_its_target_worker()
    {
        var created = await Create(new { target_worker_id = "sarah" });

        var job = await client.GetFromJson<Job>($"/api/v1/gh/jobs/{created.Id}");

        Assert.Equal(created.Id, job.Id);
        Assert.Equal("sarah", job.TargetWorkerId);
    }

    [Fact]
    public async Task Get_answers_404_problem_for_an_unknown_id()
    {
        var response = await client.GetAsync($"/api/v1/gh/jobs/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("job_not_found", (string?)(await response.ReadObject())["code"]);
    }

    [Fact]
    public async Task Get_answers_404_for_an_id_that_is_not_a_uuid()
    {
        var response = await client.GetAsync("/api/v1/gh/jobs/not-a-uuid");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Status_returns_the_slim_view()
    {
        var created = await Create(new { target_worker_id = "adam" });

        var status = await client.GetFromJson<JsonObject>($"/api/v1/gh/jobs/{created.Id}/status");

        Assert.Equal("pending", (string?)status["status"]);
        Assert.Equal("adam", (string?)status["target_worker_id"]);
        Assert.False(status.ContainsKey("input_data"));
    }

    [Fact]
    public async Task Status_answers_404_for_an_unknown_id()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/gh/jobs/{Guid.NewGuid()}/status")).StatusCode);
    }

    [Fact]
    public async Task List_filters_by_status_job_type_user_and_worker_newest_first()
    {
        var otherUser = Guid.NewGuid();
        var first = await Create(new { job_type = "scrape" });
        var second = await Create(new { job_type = "apply" });
        await Create(new { job_type = "apply", user_id = otherUser.ToString() });
        var cancelled = await Create(new { job_type = "apply" });
        await client.PostAsync($"/api/v1/gh/jobs/{cancelled.Id}/cancel", null);
        await SetWorker(second.Id, "adam");

        var byUser = await client.GetFromJson<JobPage>($"/api/v1/gh/jobs?user_id={JobJson.UserId}&status=pending");
        var byType = await client.GetFromJson<JobPage>("/api/v1/gh/jobs?job_type=scrape");
        var byStatuses = await client.GetFromJson<JobPage>("/api/v1/gh/jobs?status=cancelled,queued");
        var byWorker = await client.GetFromJson<JobPage>("/api/v1/gh/jobs?worker=adam");

        Assert.Equal([first.Id], byUser.Jobs.Select(j => j.Id));
        Assert.Equal(1, byUser.Total);
        Assert.Equal([first.Id], byType.Jobs.Select(j => j.Id));
        Assert.Equal([cancelled.Id, second.Id], byStatuses.Jobs.Select(j => j.Id));
        Assert.Equal([second.Id], byWorker.Jobs.Select(j => j.Id));
    }

    [Fact]
    public async Task List_pages_with_limit_and_offset_and_reports_the_total()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await Create()).Id);
        }

        var page = await client.GetFromJson<JobPage>("/api/v1/gh/jobs?limit=2&offset=1");

        Assert.Equal(5, page.Total);
        Assert.Equal(2, page.Limit);
        Assert.Equal(1, page.Offset);
        Assert.Equal(ids.AsEnumerable().Reverse().Skip(1).Take(2), page.Jobs.Select(j => j.Id));
    }

    [Theory]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("status=done", "status")]
    [InlineData("user_id=abc", "user_id")]
    public async Task List_rejects_bad_parameters_naming_them(string query, string field)
    {
        var response = await client.GetAsync($"/api/v1/gh/jobs?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadObject())["errors"]!.AsObject().ContainsKey(field));
    }

    [Fact]
    public async Task Events_answer_404_for_an_unknown_job()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/gh/jobs/{Guid.NewGuid()}/events")).StatusCode);
    }

    [Fact]
    public async Task Events_list_every_status_change_in_order_and_after_skips_older_ones()
    {
        var job = await Create();
        await client.PostAsync($"/api/v1/gh/jobs/{job.Id}/cancel", null);
        await client.PostAsync($"/api/v1/gh/jobs/{job.Id}/retry", null);

        var all = await client.GetFromJson<JobEventPage>($"/api/v1/gh/jobs/{job.Id}/events");
        var later = await client.GetFromJson<JobEventPage>($"/api/v1/gh/jobs/{job.Id}/events?after={all.Events[0].Id}");

        Assert.Equal(["job_created", "status_changed", "status_changed"], all.Events.Select(e => e.EventType));
        Assert.Equal([null, "pending", "cancelled"], all.Events.Select(e => e.FromStatus));
        Assert.Equal(["pending", "cancelled", "pending"], all.Events.Select(e => e.ToStatus));
        Assert.Equal(all.Events.Skip(1).Select(e => e.Id), later.Events.Select(e => e.Id));
    }

    private async Task<Job> Create(object? overrides = null)
    {
        var response = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(overrides));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Read<Job>();
    }

    private async Task SetWorker(Guid id, string worker)
    {
        await using var command = api.DataSource.CreateCommand(
            "UPDATE gh_automation_jobs SET status = 'queued', worker_id = $2, last_heartbeat = now() WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = worker });
        await command.ExecuteNonQueryAsync();
    }
}
