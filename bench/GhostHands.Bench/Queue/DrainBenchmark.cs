using System.Diagnostics;
using System.Globalization;
using GhostHands.Bench.Infrastructure;
using Npgsql;

namespace GhostHands.Bench.Queue;

/// <summary>
/// Drain: how fast 1, 2 and 4 real worker processes empty a backlog of pings. The backlog is inserted while the queue
/// is paused (emergency stop), a checkpoint flushes it, and the clock starts at the resume: from then on the database
/// does nothing but what the workers ask of it. The clock stops at the last <c>completed_at</c>.
/// Routing: the same with every second job targeted at worker w1 (strict affinity), so w1 must claim its own jobs
/// first and every other worker must leave them alone.
/// </summary>
internal static class DrainBenchmark
{
    /// <summary>
    /// Slots per worker. A ping finishes in microseconds, so slots only bound how many jobs one claim may take; 32
    /// stands for a worker fed short jobs. Production apply workers run 2 (browser contexts).
    /// </summary>
    public const int SlotsPerWorker = 32;

    public static readonly int[] WorkerCounts = [1, 2, 4];

    public static Task DrainAsync(BenchRun run, CancellationToken ct) => RunAsync(run, routed: false, ct);

    public static Task RoutingAsync(BenchRun run, CancellationToken ct) => RunAsync(run, routed: true, ct);

    private static async Task RunAsync(BenchRun run, bool routed, CancellationToken ct)
    {
        var backlog = run.Options.Backlog ?? (run.Quick ? 5_000 : 100_000);
        var figures = routed ? run.Results.Routing ??= [] : run.Results.Drain ??= [];
        foreach (var workers in WorkerCounts)
        {
            var figure = await DrainOnceAsync(run, workers, backlog, routed, ct);
            figures.Add(figure);
        }
    }

    /// <summary>One drain of <paramref name="backlog"/> pings by <paramref name="workerCount"/> workers, its guarantees checked.</summary>
    public static async Task<DrainFigure> DrainOnceAsync(BenchRun run, int workerCount, int backlog, bool routed, CancellationToken ct)
    {
        var name = routed ? "routing" : "drain";
        BenchRun.Progress(name, $"{workerCount} worker(s), backlog of {backlog:N0}{(routed ? ", half targeted at w1" : "")}");
        var connectionString = await run.Cluster.CreateDatabaseAsync(name, ct);
        var workers = new List<WorkerUnderTest>();
        try
        {
            await using var db = NpgsqlDataSource.Create(connectionString);
            await PingJobs.ExecuteAsync(db, "UPDATE gh_queue_control SET paused = true, reason = 'bench: loading the backlog', changed_by = 'bench'", ct);
            for (var i = 1; i <= workerCount; i++)
            {
                workers.Add(WorkerUnderTest.Start(connectionString, $"w{i}", new Dictionary<string, string>
                {
                    ["MAX_CONCURRENT_JOBS"] = SlotsPerWorker.ToString(CultureInfo.InvariantCulture),
                }));
            }

            await PingJobs.InsertBacklogAsync(db, backlog, routed ? "w1" : null, targetEvery: 2, ct);
            await Task.WhenAll(workers.Select(w => w.WaitUntilReadyAsync(db, TimeSpan.FromSeconds(90), ct)));
            await PingJobs.ExecuteAsync(db, "CHECKPOINT", ct);

            var startLsn = await PostgresWork.StartAsync(db, ct);
            var before = await Counters.ReadAsync(db, workers, ct);
            var started = await PingJobs.ScalarAsync<DateTime>(db, """
                UPDATE gh_queue_control SET paused = false, reason = NULL, changed_by = 'bench', changed_at = clock_timestamp()
                RETURNING changed_at
                """, ct);
            await WaitForAllAsync(db, backlog, workers, ct);
            var finished = await PingJobs.ScalarAsync<DateTime>(db, "SELECT max(completed_at) FROM gh_automation_jobs", ct);
            var after = await Counters.ReadAsync(db, workers, ct);
            var jobsByWorker = await CheckAsync(db, backlog, ct);
            var work = await PostgresWork.ReadAsync(db, startLsn, backlog, ct);

            var seconds = (finished - started).TotalSeconds;
            var rate = backlog / seconds;
            var postgresCpu = after.PostgresCpuSeconds - before.PostgresCpuSeconds;
            var figure = new DrainFigure(
                workerCount,
                SlotsPerWorker,
                backlog,
                routed ? backlog / 2 : 0,
                Math.Round(seconds, 3),
                Math.Round(rate),
                run.RatioToBaseline(rate),
                Math.Round((double)(after.NextTransaction - before.NextTransaction) / backlog, 2),
                Math.Round((double)(after.WalBytes - before.WalBytes) / backlog),
                Math.Round(after.WorkerCpuSeconds - before.WorkerCpuSeconds, 2),
                Math.Round(postgresCpu, 2),
                Math.Round(postgresCpu * 1e6 / backlog, 1),
                Math.Round(seconds * Environment.ProcessorCount, 2),
                jobsByWorker,
                work);
            BenchRun.Progress(name, string.Create(CultureInfo.InvariantCulture,
                $"{workerCount} worker(s): {figure.JobsPerSecond:0} jobs/s ({figure.Seconds:0.00} s, {figure.TransactionsPerJob:0.00} transactions/job, PostgreSQL {figure.PostgresCpuUsPerJob:0} us CPU and {figure.WalBytesPerJob:0} B WAL per job)"));
            PostgresWork.Print(work, Console.Out);
            return figure;
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }

            await run.Cluster.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    /// <summary>Waits on the workers' own completion counters (one row per worker), not on the jobs table it would slow down.</summary>
    private static async Task WaitForAllAsync(NpgsqlDataSource db, int backlog, List<WorkerUnderTest> workers, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(60 + backlog / 100);
        while (true)
        {
            var finished = await PingJobs.ScalarAsync<long>(db, "SELECT coalesce(sum(jobs_completed + jobs_failed), 0)::bigint FROM gh_worker_registry", ct);
            if (finished >= backlog)
            {
                return;
            }

            if (deadline.Elapsed > limit)
            {
                throw new TimeoutException(
                    $"{backlog - finished} of {backlog} pings unfinished after {limit}.\n{string.Join('\n', workers.Select(w => $"{w.Id}: {w.Output}"))}");
            }

            await Task.Delay(100, ct);
        }
    }

    /// <summary>The guarantees, checked after every run: each job completed, claimed once, targeted ones on their target. Returns jobs per worker.</summary>
    private static async Task<IReadOnlyDictionary<string, long>> CheckAsync(NpgsqlDataSource db, int backlog, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            SELECT count(*) FILTER (WHERE status = 'completed'),
                   count(*) FILTER (WHERE attempt <> 1),
                   count(*) FILTER (WHERE target_worker_id IS NOT NULL AND worker_id IS DISTINCT FROM target_worker_id)
            FROM gh_automation_jobs
            """);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            var (completed, claimedAgain, misrouted) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            if (completed != backlog || claimedAgain != 0 || misrouted != 0)
            {
                throw new InvalidOperationException(
                    $"Guarantee broken: {completed} of {backlog} completed, {claimedAgain} claimed more than once, {misrouted} run off their target worker.");
            }
        }

        var byWorker = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var split = db.CreateCommand("SELECT worker_id, count(*) FROM gh_automation_jobs GROUP BY worker_id");
        await using var rows = await split.ExecuteReaderAsync(ct);
        while (await rows.ReadAsync(ct))
        {
            byWorker[rows.GetString(0)] = rows.GetInt64(1);
        }

        return byWorker;
    }

    /// <summary>Cluster-wide counters read before and after a drain.</summary>
    /// <param name="NextTransaction">The next transaction id to be assigned: the difference counts write transactions.</param>
    internal sealed record Counters(long NextTransaction, long WalBytes, double WorkerCpuSeconds, double PostgresCpuSeconds)
    {
        public static async Task<Counters> ReadAsync(NpgsqlDataSource db, List<WorkerUnderTest> workers, CancellationToken ct)
        {
            await using var command = db.CreateCommand("""
                SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint,
                       pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint,
                       pg_backend_pid()
                """);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var postmaster = Postmaster(reader.GetInt32(2));
            return new Counters(
                reader.GetInt64(0),
                reader.GetInt64(1),
                workers.Sum(w => w.CpuSeconds),
                ProcessCpu.TreeSeconds(postmaster));
        }

        /// <summary>The postmaster is the parent of every backend, this one included.</summary>
        private static int Postmaster(int backendPid)
        {
            var stat = File.ReadAllText($"/proc/{backendPid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
    }
}

/// <param name="Targeted">Jobs targeted at w1 (strict affinity); 0 in the plain drain.</param>
/// <param name="TransactionsPerJob">Write transactions (transaction ids assigned) per job, everything the cluster did included.</param>
/// <param name="WalBytesPerJob">WAL written per job: rows, index entries, events and full-page images after the checkpoint.</param>
/// <param name="WorkerCpuSeconds">CPU the worker processes used during the drain.</param>
/// <param name="PostgresCpuSeconds">CPU every PostgreSQL process used during the drain.</param>
/// <param name="PostgresCpuUsPerJob">The same per job, microseconds.</param>
/// <param name="CpuSecondsAvailable">Wall seconds times cores: what the machine had to give.</param>
internal sealed record DrainFigure(
    int Workers,
    int SlotsPerWorker,
    int Backlog,
    int Targeted,
    double Seconds,
    double JobsPerSecond,
    double RatioToBaseline,
    double TransactionsPerJob,
    double WalBytesPerJob,
    double WorkerCpuSeconds,
    double PostgresCpuSeconds,
    double PostgresCpuUsPerJob,
    double CpuSecondsAvailable,
    IReadOnlyDictionary<string, long> JobsByWorker,
    WorkPerJob Work);
