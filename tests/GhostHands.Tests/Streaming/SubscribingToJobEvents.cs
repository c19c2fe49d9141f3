using GhostHands.Api.Dashboard;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Streaming;

/// <summary>
/// Streams and dashboard feeds register what they watch in <c>gh_job_watchers</c> (migration 022) before they read,
/// and an event whose transaction looked for watchers just before that registration still reaches them.
/// </summary>
public sealed class WhenAStreamOrFeedSubscribes(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    // Well inside the 15 s keep-alive and dashboard refresh, so only the catch-up after subscribing can deliver in time.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync()
    {
        await api.ResetAsync();
        await Eventually.Until(() => Registered(null), n => n == 0, TimeSpan.FromSeconds(30), "the last test's streams to be unregistered");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_stream_registers_its_job_while_open_and_unregisters_it_when_closed()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var id = await api.DataSource.InsertJob();

        using (var stream = await EventStream.OpenAsync(client, $"/api/v1/gh/jobs/{id}/stream", null, deadline.Token))
        {
            await stream.ReadAsync(deadline.Token, count: 1);
            Assert.Equal(1L, await Registered(id));
            Assert.Equal(0L, await Registered(Guid.Empty));
        }

        await Eventually.Until(() => Registered(id), n => n == 0, TimeSpan.FromSeconds(20), "the closed stream's registration to go");
    }

    [Fact]
    public async Task A_dashboard_feed_registers_every_job()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        using var feed = await OpenFeedAsync(deadline.Token);

        Assert.Equal(1L, await Registered(Guid.Empty));
    }

    [Fact]
    public async Task A_crashed_APIs_expired_registrations_are_deleted()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var id = await api.DataSource.InsertJob();
        await api.DataSource.Execute(
            "INSERT INTO gh_job_watchers (job_id, watcher, expires_at) VALUES ($1, gen_random_uuid(), now() - interval '1 second')", id);

        using (var stream = await EventStream.OpenAsync(client, $"/api/v1/gh/jobs/{id}/stream", null, deadline.Token))
        {
            await stream.ReadAsync(deadline.Token, count: 1);
        }

        await Eventually.Until(() => Registered(null), n => n == 0, TimeSpan.FromSeconds(20), "every registration to go");
    }

    [Fact]
    public async Task A_step_whose_transaction_looked_for_watchers_before_the_stream_registered_is_still_delivered()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var id = await api.DataSource.InsertJob();
        await using var connection = await api.DataSource.OpenConnectionAsync();
        await using var writer = await connection.BeginTransactionAsync();
        await using (var step = new NpgsqlCommand(
            "INSERT INTO gh_job_events (job_id, event_type, actor, message) VALUES ($1, 'step', 'sql', 'Racing the stream')", connection, writer))
        {
            step.Parameters.Add(new NpgsqlParameter { Value = id });
            await step.ExecuteNonQueryAsync();
        }

        using var stream = await EventStream.OpenAsync(client, $"/api/v1/gh/jobs/{id}/stream", null, deadline.Token);
        var backlog = await stream.ReadAsync(deadline.Token, count: 1);
        await writer.CommitAsync();

        Assert.Equal("job_created", backlog[0].Event);
        Assert.Equal("Racing the stream", (await stream.NextAsync(deadline.Token))!.JobEvent.Message);
    }

    [Fact]
    public async Task A_status_change_whose_transaction_looked_for_watchers_before_the_feed_registered_is_still_shown()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var id = await api.DataSource.InsertJob(target: "nobody-yet");
        await using var connection = await api.DataSource.OpenConnectionAsync();
        await using var writer = await connection.BeginTransactionAsync();
        await using (var cancel = new NpgsqlCommand(
            "UPDATE gh_automation_jobs SET status = 'cancelled', completed_at = now() WHERE id = $1", connection, writer))
        {
            cancel.Parameters.Add(new NpgsqlParameter { Value = id });
            await cancel.ExecuteNonQueryAsync();
        }

        using var feed = await OpenFeedAsync(deadline.Token);
        await writer.CommitAsync();

        while (await feed.NextAsync(deadline.Token) is { } message)
        {
            if (message.Data.Contains($"<tr id=\"job-{id}\" data-job=\"{id}\" data-status=\"cancelled\"", StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail("The feed ended before it showed the job cancelled.");
    }

    private async Task<EventStream> OpenFeedAsync(CancellationToken ct)
    {
        var browser = api.CreateClient();
        browser.DefaultRequestHeaders.Add("Cookie", $"{DashboardSession.CookieName}={DashboardSession.Issue(ApiFactory.ServiceSecret, DateTimeOffset.UtcNow)}");
        var feed = await EventStream.OpenAsync(browser, "/dashboard/stream", null, ct);
        while (await feed.NextAsync(ct) is { } message && !message.Data.Contains("id=\"failures\"", StringComparison.Ordinal))
        {
        }

        return feed;
    }

    private Task<long> Registered(Guid? key) => api.DataSource.Scalar<long>(
        "SELECT count(*) FROM gh_job_watchers WHERE $1::uuid IS NULL OR job_id = $1", (object?)key ?? DBNull.Value);
}
