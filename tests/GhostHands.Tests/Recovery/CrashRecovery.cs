using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Recovery;

/// <summary>
/// Real worker processes killed with SIGKILL mid-job, round after round, and a PostgreSQL restart mid-run:
/// afterwards every job has completed exactly once, none is left claimed, and no job ever had two attempts running
/// at the same time.
/// </summary>
[Collection(nameof(CrashTests))]
public sealed class WhenWorkersCrashMidJob(PostgresServer postgres) : IAsyncLifetime
{
    private const int Rounds = 20;
    private const int BackgroundJobs = 20;
    private readonly Dictionary<string, WorkerProcess> workers = [];
    private string connectionString = "";
    private NpgsqlDataSource db = null!;

    public async ValueTask InitializeAsync()
    {
        connectionString = await postgres.CreateDatabaseAsync();
        db = NpgsqlDataSource.Create(connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in workers.Values)
        {
            await worker.DisposeAsync();
        }

        await db.DisposeAsync();
    }

    [Fact]
    public async Task Twenty_kill_9_rounds_lose_no_job_and_run_none_twice()
    {
        await InsertJobs(sleepMs: 1000);
        Start("crash-a");
        Start("crash-b");

        for (var round = 0; round < Rounds; round++)
        {
            var victim = round % 2 == 0 ? "crash-a" : "crash-b";
            // Each round gives the victim a job of its own and kills it while that job runs, so every round
            // interrupts real work; the shared jobs keep both workers busy meanwhile.
            var job = await db.InsertJob(target: victim, inputData: """{"sleep_ms": 5000}""");
            await Eventually.Until(
                () => db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job),
                s => s == "running", TimeSpan.FromSeconds(30), $"round {round}: {victim} to run its job");
            workers[victim].Kill();
            await workers[victim].WaitForExitAsync(TimeSpan.FromSeconds(10));
            await workers[victim].DisposeAsync();
            var restartedAt = await db.Scalar<DateTime>("SELECT now()");
            Start(victim);
            // The new process is up once it has registered and recovered what the killed one held.
            await Eventually.Until(
                () => db.Scalar<long>("""
                    SELECT (SELECT count(*) FROM gh_worker_registry WHERE worker_id = $1 AND process_id = $2)
                         - (SELECT count(*) FROM gh_automation_jobs WHERE worker_id = $1 AND status IN ('queued', 'running') AND last_heartbeat < $3)
                    """, victim, workers[victim].Id, restartedAt),
                n => n == 1, TimeSpan.FromSeconds(30), $"round {round}: {victim} to restart");
        }

        await AssertEveryJobCompletedExactlyOnce(BackgroundJobs + Rounds, minimumInterruptions: Rounds);
    }

    [Fact]
    public async Task A_database_restart_mid_run_loses_no_job_and_runs_none_twice()
    {
        await InsertJobs(sleepMs: 700);
        Start("pg-a");
        Start("pg-b");
        await Eventually.Until(() => db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE status = 'running'"),
            n => n > 0, TimeSpan.FromSeconds(30), "jobs to be running");

        await postgres.RestartAsync();
        db.Clear();

        await AssertEveryJobCompletedExactlyOnce(BackgroundJobs, minimumInterruptions: 0);
    }

    private async Task InsertJobs(int sleepMs) =>
        await db.Execute("""
            INSERT INTO gh_automation_jobs (user_id, job_type, input_data, max_retries)
            SELECT gen_random_uuid(), 'system.ping', jsonb_build_object('sleep_ms', $1::int), 10 FROM generate_series(1, $2::int)
            """, sleepMs, BackgroundJobs);

    private void Start(string workerId) =>
        workers[workerId] = WorkerProcess.Start(connectionString, workerId, new Dictionary<string, string>
        {
            ["Worker__HeartbeatInterval"] = "00:00:00.500",
            ["Worker__PollInterval"] = "00:00:00.500",
            ["Worker__MaxConcurrentJobs"] = "2",
            ["Recovery__RescueAfter"] = "00:00:03",
            ["Recovery__SweepSchedule"] = "* * * * * *",
            ["Retry__BaseDelay"] = "00:00:00.100",
            ["Retry__MaxDelay"] = "00:00:00.500",
            ["Logging__LogLevel__Default"] = "Warning",
        });

    private async Task AssertEveryJobCompletedExactlyOnce(int jobs, int minimumInterruptions)
    {
        try
        {
            await Eventually.Until(() => db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE status = 'completed'"),
                n => n == jobs, TimeSpan.FromSeconds(120), $"all {jobs} jobs to complete");
        }
        catch (TimeoutException e)
        {
            var states = await db.Rows("SELECT status || ' ' || count(*) FROM gh_automation_jobs GROUP BY status", r => r.GetString(0));
            throw new TimeoutException($"{e.Message}; states: {string.Join(", ", states)}\n{string.Join("\n---\n", workers.Select(w => $"{w.Key}:\n{w.Value.Output}"))}", e);
        }

        Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE status IN ('pending', 'queued', 'running')"));
        // Exactly one completion per job.
        Assert.Equal((long)jobs, await db.Scalar<long>("SELECT count(*) FROM gh_job_events WHERE to_status = 'completed'"));
        Assert.Equal((long)jobs, await db.Scalar<long>("SELECT count(DISTINCT job_id) FROM gh_job_events WHERE to_status = 'completed'"));
        // Never two attempts at once: between any two starts of a job, it left the running state.
        Assert.Equal(0L, await db.Scalar<long>("""
            SELECT count(*) FROM (
                SELECT to_status, lead(from_status) OVER (PARTITION BY job_id ORDER BY id) AS next_from
                FROM gh_job_events) e
            WHERE to_status = 'running' AND next_from IS DISTINCT FROM 'running'
            """));
        var interruptions = await db.Scalar<long>("SELECT count(*) FROM gh_job_events WHERE from_status = 'running' AND to_status = 'pending'");
        var transitions = await db.Rows("SELECT coalesce(from_status, '-') || '>' || to_status || ' ' || actor || ' ' || count(*) FROM gh_job_events GROUP BY from_status, to_status, actor ORDER BY 1", r => r.GetString(0));
        Assert.True(interruptions >= minimumInterruptions, $"every round should have interrupted a running job; {interruptions}: {string.Join(", ", transitions)}");
    }
}

[CollectionDefinition(nameof(CrashTests), DisableParallelization = true)]
public sealed class CrashTests;
