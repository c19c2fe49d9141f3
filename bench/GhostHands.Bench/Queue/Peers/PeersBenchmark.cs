using System.Globalization;
using GhostHands.Bench.Infrastructure;
using Npgsql;

namespace GhostHands.Bench.Queue.Peers;

/// <summary>
/// GhostHands beside Graphile Worker, on the same cluster in the same run, interleaved, so that a busy machine slows
/// both alike and the ratios hold: drains of 20,000 and 100,000 no-op jobs (GhostHands: 2 workers, before and after
/// Graphile Worker at each of its concurrencies; each side's best counts), then enqueue -> start with idle workers
/// (SQL inserts at 100 per second; Graphile Worker with concurrency 4, the slots of GhostHands' 2 default workers).
/// </summary>
internal static class PeersBenchmark
{
    public const int OurWorkers = 2;
    public const int LatencyConcurrency = 4;

    public static readonly int[] Concurrencies = [4, 8, 24];

    public static async Task RunAsync(BenchRun run, CancellationToken ct)
    {
        await GraphileWorker.InstallAsync(ct);
        int[] backlogs = run.Options.Backlog is { } backlog ? [backlog] : run.Quick ? [2_000] : [20_000, 100_000];
        var peers = run.Results.Peers = new PeersResult(GraphileWorker.Version, [], []);
        foreach (var jobsInBacklog in backlogs)
        {
            var ours = new List<PeerDrain> { Ours(await DrainBenchmark.DrainOnceAsync(run, OurWorkers, jobsInBacklog, routed: false, ct)) };
            var graphile = new List<PeerDrain>();
            foreach (var concurrency in run.Quick ? [8] : Concurrencies)
            {
                graphile.Add(await DrainGraphileAsync(run, jobsInBacklog, concurrency, ct));
            }

            ours.Add(Ours(await DrainBenchmark.DrainOnceAsync(run, OurWorkers, jobsInBacklog, routed: false, ct)));
            var bestOurs = ours.MaxBy(d => d.JobsPerSecond)!;
            var bestGraphile = graphile.MaxBy(d => d.JobsPerSecond)!;
            var comparison = new DrainComparison(jobsInBacklog, [.. ours, .. graphile], Math.Round(bestOurs.JobsPerSecond / bestGraphile.JobsPerSecond, 2));
            peers.Drains.Add(comparison);
            BenchRun.Progress("peers", string.Create(CultureInfo.InvariantCulture,
                $"drain {jobsInBacklog:N0}: GhostHands {bestOurs.JobsPerSecond:0} jobs/s, Graphile Worker {bestGraphile.JobsPerSecond:0} (concurrency {bestGraphile.Concurrency}): {comparison.Ratio:0.00}x"));
        }

        var jobs = run.Quick ? 300 : 2_000;
        var graphileLatency = await LatencyGraphileAsync(run, jobs, ct);
        var ourLatency = (await LatencyBenchmark.MeasureAsync(run, jobs, withRest: false, ct)).Single().SubmitToStartedMs;
        peers.Latency.Add(new LatencyComparison(jobs, LatencyBenchmark.RatePerSecond, ourLatency, graphileLatency,
            Math.Round(ourLatency.P50 / graphileLatency.P50, 2), Math.Round(ourLatency.P99 / graphileLatency.P99, 2)));
        BenchRun.Progress("peers", string.Create(CultureInfo.InvariantCulture,
            $"enqueue -> start: GhostHands p50 {ourLatency.P50} ms p99 {ourLatency.P99} ms, Graphile Worker p50 {graphileLatency.P50} ms p99 {graphileLatency.P99} ms"));
    }

    private static PeerDrain Ours(DrainFigure f) =>
        new("GhostHands", $"{f.Workers} workers x {f.SlotsPerWorker} slots", f.Seconds, f.JobsPerSecond, f.PostgresCpuUsPerJob, f.WalBytesPerJob, 0);

    private static async Task<PeerDrain> DrainGraphileAsync(BenchRun run, int backlog, int concurrency, CancellationToken ct)
    {
        BenchRun.Progress("peers", $"Graphile Worker, concurrency {concurrency}, backlog of {backlog:N0}");
        var connectionString = await run.Cluster.CreateDatabaseAsync("graphile", ct);
        try
        {
            await GraphileWorker.MigrateAsync(connectionString, ct);
            await using var db = NpgsqlDataSource.Create(connectionString);
            // The rows add_job makes for a job without queue, key or flags, in one statement: add_job per row takes
            // minutes for 100,000 jobs on a busy machine, and the load is not what is measured.
            await PingJobs.ExecuteAsync(db, $$"""
                INSERT INTO graphile_worker._private_tasks (identifier) VALUES ('noop') ON CONFLICT DO NOTHING;
                INSERT INTO graphile_worker._private_jobs (task_id, payload)
                SELECT (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'noop'), '{}'::json
                FROM generate_series(1, {{backlog}})
                """, ct);
            await PingJobs.ExecuteAsync(db, "CHECKPOINT", ct);
            var startLsn = await PostgresWork.StartAsync(db, ct);
            var before = await DrainBenchmark.Counters.ReadAsync(db, [], ct);
            var seconds = await GraphileWorker.DrainAsync(connectionString, backlog, concurrency, ct);
            var after = await DrainBenchmark.Counters.ReadAsync(db, [], ct);
            var left = await PingJobs.ScalarAsync<long>(db, "SELECT count(*) FROM graphile_worker.jobs", ct);
            if (left != 0)
            {
                throw new InvalidOperationException($"Graphile Worker left {left} of {backlog} jobs.");
            }

            var work = await PostgresWork.ReadAsync(db, startLsn, backlog, ct);
            var drain = new PeerDrain("Graphile Worker", $"concurrency {concurrency}", Math.Round(seconds, 3), Math.Round(backlog / seconds),
                Math.Round((after.PostgresCpuSeconds - before.PostgresCpuSeconds) * 1e6 / backlog, 1),
                Math.Round((double)(after.WalBytes - before.WalBytes) / backlog), concurrency);
            BenchRun.Progress("peers", string.Create(CultureInfo.InvariantCulture,
                $"Graphile Worker, concurrency {concurrency}: {drain.JobsPerSecond:0} jobs/s, PostgreSQL {drain.PostgresCpuUsPerJob:0} us CPU and {drain.WalBytesPerJob:0} B WAL per job"));
            PostgresWork.Print(work, Console.Out);
            return drain;
        }
        finally
        {
            await run.Cluster.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    private static async Task<Distribution> LatencyGraphileAsync(BenchRun run, int jobs, CancellationToken ct)
    {
        BenchRun.Progress("peers", $"Graphile Worker latency: {jobs} jobs at {LatencyBenchmark.RatePerSecond}/s, concurrency {LatencyConcurrency}");
        var connectionString = await run.Cluster.CreateDatabaseAsync("graphile", ct);
        try
        {
            await GraphileWorker.MigrateAsync(connectionString, ct);
            return Distribution.Of(await GraphileWorker.LatencyAsync(connectionString, jobs, LatencyBenchmark.RatePerSecond, LatencyConcurrency, ct));
        }
        finally
        {
            await run.Cluster.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }
}

internal sealed record PeersResult(string GraphileWorkerVersion, List<DrainComparison> Drains, List<LatencyComparison> Latency);

/// <param name="Ratio">GhostHands' best jobs/s over Graphile Worker's best.</param>
internal sealed record DrainComparison(int Backlog, IReadOnlyList<PeerDrain> Runs, double Ratio);

/// <param name="Concurrency">Graphile Worker's concurrency; 0 for GhostHands, whose setup is in <paramref name="Setup"/>.</param>
internal sealed record PeerDrain(string System, string Setup, double Seconds, double JobsPerSecond, double PostgresCpuUsPerJob, double WalBytesPerJob, int Concurrency);

/// <param name="GhostHands">Submit (client clock) -> <c>started_at</c>.</param>
/// <param name="GraphileWorker">Submit (client clock) -> <c>locked_at</c>, its <c>get_job</c>'s now().</param>
internal sealed record LatencyComparison(int Jobs, int RatePerSecond, Distribution GhostHands, Distribution GraphileWorker, double RatioP50, double RatioP99);
