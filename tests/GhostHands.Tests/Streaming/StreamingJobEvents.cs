using System.Net;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Tests.Streaming;

public sealed class WhenStreamingAJob(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string SlowPing = """{"sleep_ms": 300}""";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly HttpClient client = api.CreateAuthenticatedClient();
    private readonly List<IHost> workers = [];

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public async ValueTask DisposeAsync() => await WorkerHosts.StopAllAsync(workers);

    [Fact]
    public async Task A_client_connected_before_the_job_starts_receives_every_status_change_in_order_then_done()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var id = await api.DataSource.InsertJob(inputData: SlowPing);
        using var stream = await EventStream.OpenAsync(client, Url(id), null, deadline.Token);
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        var created = await stream.NextAsync(deadline.Token);

        workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "adam"));
        List<SseMessage> messages = [created!, .. await stream.ReadAsync(deadline.Token)];

        Assert.True(messages[^1].IsDone);
        Assert.Null(await stream.NextAsync(deadline.Token));
        var events = messages[..^1];
        Assert.Equal(["pending", "running", "completed"], events.Select(m => m.JobEvent.ToStatus).OfType<string>());
        Assert.Equal("job_created", events[0].Event);
        Assert.All(events, m => Assert.Equal(m.Id, m.JobEvent.Id));
        Assert.All(events, m => Assert.Equal(m.Event, m.JobEvent.EventType));
        Assert.Equal(await EventIds(id), events.Select(m => m.Id!.Value));
    }

    [Fact]
    public async Task A_client_reconnecting_with_Last_Event_ID_misses_nothing_and_receives_nothing_twice()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var id = await api.DataSource.InsertJob(inputData: SlowPing);
        List<SseMessage> before;
        using (var first = await EventStream.OpenAsync(client, Url(id), null, deadline.Token))
        {
            before = await first.ReadAsync(deadline.Token, count: 1);
            workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "adam"));
            before.AddRange(await first.ReadAsync(deadline.Token, count: 1));
        }

        using var second = await EventStream.OpenAsync(client, Url(id), before[^1].Id, deadline.Token);
        var after = await second.ReadAsync(deadline.Token);

        Assert.Equal("running", before[^1].JobEvent.ToStatus);
        Assert.True(after[^1].IsDone);
        Assert.Equal(await EventIds(id), before.Concat(after[..^1]).Select(m => m.Id!.Value));
    }

    [Fact]
    public async Task A_finished_job_replays_its_events_and_ends_with_done()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "adam"));
        var id = await api.DataSource.InsertJob();
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id),
            s => s == "completed", Deadline, "the ping to complete");

        using var stream = await EventStream.OpenAsync(client, Url(id), null, deadline.Token);
        var messages = await stream.ReadAsync(deadline.Token);

        Assert.True(messages[^1].IsDone);
        Assert.Equal(await EventIds(id), messages[..^1].Select(m => m.Id!.Value));
        Assert.Null(await stream.NextAsync(deadline.Token));
    }

    [Fact]
    public async Task A_finished_job_replays_only_the_events_after_last_event_id()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var id = await api.DataSource.InsertJob();
        await api.DataSource.Execute("UPDATE gh_automation_jobs SET status = 'expired', completed_at = now() WHERE id = $1", id);
        var ids = await EventIds(id);

        using var stream = await EventStream.OpenAsync(client, $"{Url(id)}?last_event_id={ids[0]}", null, deadline.Token);
        var messages = await stream.ReadAsync(deadline.Token);

        Assert.Equal([ids[1]], messages[..^1].Select(m => m.Id!.Value));
        Assert.True(messages[^1].IsDone);
    }

    [Fact]
    public async Task Events_written_by_sql_reach_a_connected_client_and_cancelling_ends_the_stream()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var id = await api.DataSource.InsertJob();
        using var stream = await EventStream.OpenAsync(client, Url(id), null, deadline.Token);
        await stream.ReadAsync(deadline.Token, count: 1);

        await api.DataSource.Execute(
            "INSERT INTO gh_job_events (job_id, event_type, actor, message) VALUES ($1, 'step', 'sql', 'Looking at the form')", id);
        var step = await stream.NextAsync(deadline.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/gh/jobs/{id}/cancel", null)).StatusCode);
        var rest = await stream.ReadAsync(deadline.Token);

        Assert.Equal("step", step!.Event);
        Assert.Equal("Looking at the form", step.JobEvent.Message);
        Assert.Equal("cancelled", rest[0].JobEvent.ToStatus);
        Assert.True(rest[^1].IsDone);
    }

    [Fact]
    public async Task An_event_written_while_the_listen_connection_is_down_is_delivered_after_it_reconnects()
    {
        // Well inside the 15 s keep-alive, so only the re-read on reconnect can deliver it in time.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var id = await api.DataSource.InsertJob();
        using var stream = await EventStream.OpenAsync(client, Url(id), null, deadline.Token);
        await stream.ReadAsync(deadline.Token, count: 1);

        Assert.Equal(1, await api.DataSource.Scalar<int>("""
            SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'LISTEN gh_job_event'
            """));
        await api.DataSource.Execute("INSERT INTO gh_job_events (job_id, event_type, actor) VALUES ($1, 'step', 'sql')", id);

        Assert.Equal("step", (await stream.NextAsync(deadline.Token))!.Event);
    }

    [Fact]
    public async Task An_unknown_job_answers_404_with_a_problem_document()
    {
        using var deadline = new CancellationTokenSource(Deadline);

        using var stream = await EventStream.OpenAsync(client, Url(Guid.NewGuid()), null, deadline.Token);

        Assert.Equal(HttpStatusCode.NotFound, stream.Response.StatusCode);
        Assert.Equal("application/problem+json", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("job_not_found", (string?)(await stream.Response.ReadObject())["code"]);
    }

    [Fact]
    public async Task A_malformed_last_event_id_answers_400()
    {
        var response = await client.GetAsync($"{Url(Guid.NewGuid())}?last_event_id=soon");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Url(Guid id) => $"/api/v1/gh/jobs/{id}/stream";

    private Task<List<long>> EventIds(Guid id) =>
        api.DataSource.Rows("SELECT id FROM gh_job_events WHERE job_id = $1 ORDER BY id", r => r.GetInt64(0), id);
}
