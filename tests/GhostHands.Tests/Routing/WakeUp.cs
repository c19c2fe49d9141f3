using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GhostHands.Tests.Routing;

/// <summary>A row inserted with plain SQL (channel 1) wakes an idle worker through the insert trigger's NOTIFY.</summary>
public sealed class WhenAnIdleWorkerWaitsForWork(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    [Fact]
    public async Task A_notified_job_starts_long_before_the_next_poll_30_s_away()
    {
        Workers.Add(await WorkerHosts.StartAsync(ConnectionString, "adam", new Dictionary<string, string?> { ["Worker:PollInterval"] = "00:00:30" }));
        await WaitUntilListening();

        var latencies = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var id = await Db.InsertJob(target: i % 2 == 0 ? "adam" : null);
            latencies.Add(await StartLatencyMs(id, TimeSpan.FromSeconds(10)));
        }

        // Far below the poll interval: only the notification can have started them. How fast it is belongs to
        // script/bench latency, not here.
        Assert.All(latencies, ms => Assert.InRange(ms, 0, 3_000));
    }

    [Fact]
    public async Task With_notifications_off_a_job_starts_within_one_poll_interval()
    {
        Workers.Add(await WorkerHosts.StartAsync(ConnectionString, "adam", new Dictionary<string, string?>
        {
            ["Worker:PollInterval"] = "00:00:01",
            ["Worker:ListenForNotifications"] = "false",
        }));
        var id = await Db.InsertJob();

        Assert.InRange(await StartLatencyMs(id, TimeSpan.FromSeconds(5)), 0, 1000 + 250);
    }

    [Fact]
    public async Task A_job_targeted_at_another_worker_does_not_wake_it_into_claiming()
    {
        Workers.Add(await WorkerHosts.StartAsync(ConnectionString, "adam", new Dictionary<string, string?> { ["Worker:PollInterval"] = "00:00:00.100" }));

        var id = await Db.InsertJob(target: "sarah");
        var ours = await Db.InsertJob(target: "adam");
        await StartLatencyMs(ours, TimeSpan.FromSeconds(10));

        Assert.Equal("pending", await Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id));
    }

    /// <summary>started_at - created_at, both from the database clock.</summary>
    private async Task<double> StartLatencyMs(Guid id, TimeSpan timeout) =>
        await Eventually.Until(
            () => Db.Scalar<double>(
                "SELECT coalesce(extract(epoch FROM started_at - created_at) * 1000, -1)::float8 FROM gh_automation_jobs WHERE id = $1", id),
            ms => ms >= 0, timeout, $"job {id} to start");

    private Task WaitUntilListening() =>
        Eventually.Until(
            () => Db.Scalar<long>("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN gh%' AND datname = current_database()"),
            n => n > 0, TimeSpan.FromSeconds(10), "the worker's LISTEN connection");
}
