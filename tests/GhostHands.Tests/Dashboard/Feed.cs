using GhostHands.Api.Dashboard;
using GhostHands.Tests.Infrastructure;
using GhostHands.Tests.Streaming;

namespace GhostHands.Tests.Dashboard;

/// <summary><c>/dashboard/stream</c>: every browser is fed from the API's one LISTEN connection.</summary>
public sealed class WhenSeveralBrowsersWatchTheDashboard(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Each_receives_a_new_jobs_row_and_its_status_changes_through_one_listen_connection()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var feeds = new List<EventStream>();
        for (var i = 0; i < 3; i++)
        {
            var client = api.CreateClient();
            client.DefaultRequestHeaders.Add("Cookie", $"{DashboardSession.CookieName}={DashboardSession.Issue(ApiFactory.ServiceSecret, DateTimeOffset.UtcNow)}");
            var feed = await EventStream.OpenAsync(client, "/dashboard/stream", null, deadline.Token);
            await UntilAsync(feed, m => m.Data.Contains("id=\"failures\"", StringComparison.Ordinal), deadline.Token);
            feeds.Add(feed);
        }

        var id = await api.DataSource.InsertJob(target: "nobody-yet");
        var created = await Task.WhenAll(feeds.Select(f => UntilAsync(f, m => IsRow(m, id, "pending"), deadline.Token)));
        await api.DataSource.Execute("UPDATE gh_automation_jobs SET status = 'cancelled', completed_at = now() WHERE id = $1", id);
        var cancelled = await Task.WhenAll(feeds.Select(f => UntilAsync(f, m => IsRow(m, id, "cancelled"), deadline.Token)));

        Assert.All(created.Concat(cancelled), m => Assert.Equal("rows", m.Event));
        Assert.Equal(1, await api.DataSource.Scalar<int>(
            "SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN gh_job_event'"));
        feeds.ForEach(f => f.Dispose());
    }

    private static bool IsRow(SseMessage message, Guid id, string status) =>
        message.Data.Contains($"<tr id=\"job-{id}\" data-job=\"{id}\" data-status=\"{status}\"", StringComparison.Ordinal);

    private static async Task<SseMessage> UntilAsync(EventStream feed, Func<SseMessage, bool> wanted, CancellationToken ct)
    {
        while (await feed.NextAsync(ct) is { } message)
        {
            if (wanted(message))
            {
                return message;
            }
        }

        throw new InvalidOperationException("The feed ended.");
    }
}
