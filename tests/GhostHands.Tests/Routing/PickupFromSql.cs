using GhostHands.Jobs.Handling;
using GhostHands.Routing.Runtime;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Routing;

/// <summary>
/// <c>gh_pickup_next_job</c> called as VALET or an operator calls it from psql: a plain statement on a connection of
/// its own. It is the workers' claim for one job, so it follows the same rules and leaves the same trace.
/// </summary>
public sealed class WhenAJobIsPickedUpFromSql(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    private const string Pickup = "SELECT id, status, worker_id, attempt FROM gh_pickup_next_job($1)";

    [Fact]
    public async Task The_job_is_running_for_the_caller_with_the_next_attempt_and_one_event_for_it()
    {
        var job = await Db.InsertJob();

        var picked = await PickUpAsync("adam");

        Assert.Equal(new Picked(job, "running", "adam", 1), picked);
        var events = await Db.Rows(
            "SELECT event_type, coalesce(from_status, ''), to_status FROM gh_job_events WHERE job_id = $1 ORDER BY id",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), job);
        Assert.Equal([("job_created", "", "pending"), ("status_changed", "pending", "running")], events);
        Assert.Null(await PickUpAsync("adam"));
    }

    [Fact]
    public async Task Nothing_is_picked_up_while_the_queue_is_paused()
    {
        var job = await Db.InsertJob();
        await Db.Execute("UPDATE gh_queue_control SET paused = true, reason = 'incident 42'");

        var whilePaused = await PickUpAsync("adam");
        await Db.Execute("UPDATE gh_queue_control SET paused = false, reason = NULL");

        Assert.Null(whilePaused);
        Assert.Equal("pending", await Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job));
        Assert.Equal(job, (await PickUpAsync("adam"))?.Id);
    }

    [Fact]
    public async Task A_draining_worker_picks_up_nothing_and_another_worker_takes_the_job()
    {
        var job = await Db.InsertJob();
        await Db.Execute("""
            INSERT INTO gh_worker_registry (worker_id, status, hostname, process_id, version, max_concurrent_jobs)
            VALUES ('adam', 'draining', 'host', 1, 'test', 2)
            """);

        Assert.Null(await PickUpAsync("adam"));
        Assert.Equal(job, (await PickUpAsync("sarah"))?.Id);
    }

    [Fact]
    public async Task A_job_targeted_at_another_worker_is_taken_only_as_its_affinity_allows()
    {
        var strict = await Db.InsertJob(target: "sarah", affinity: "strict");
        var preferred = await Db.InsertJob(target: "sarah", affinity: "preferred");
        var any = await Db.InsertJob(target: "sarah", affinity: "any");

        var first = await PickUpAsync("adam");
        var beforeTheWait = await PickUpAsync("adam");
        await Db.Execute("UPDATE gh_automation_jobs SET created_at = now() - interval '31 seconds' WHERE id = $1", preferred);
        var afterTheWait = await PickUpAsync("adam");

        Assert.Equal(any, first?.Id);
        Assert.Null(beforeTheWait);
        Assert.Equal(preferred, afterTheWait?.Id);
        Assert.Null(await PickUpAsync("adam"));
        Assert.Equal(strict, (await PickUpAsync("sarah"))?.Id);
    }

    [Fact]
    public async Task A_second_caller_skips_the_job_the_first_holds_and_never_gets_it()
    {
        var job = await Db.InsertJob();
        await using var first = await Db.OpenConnectionAsync();
        await using var transaction = await first.BeginTransactionAsync();
        var held = await PickUpAsync("adam", first);

        var whileHeld = await PickUpAsync("sarah");
        await transaction.CommitAsync();

        Assert.Equal(job, held?.Id);
        Assert.Null(whileHeld);
        Assert.Null(await PickUpAsync("sarah"));
    }

    [Fact]
    public async Task Two_callers_racing_over_a_backlog_never_get_the_same_job()
    {
        await Db.Execute("INSERT INTO gh_automation_jobs (user_id, job_type) SELECT gen_random_uuid(), 'system.ping' FROM generate_series(1, 300)");

        var picks = await Task.WhenAll(DrainAsync("adam"), DrainAsync("sarah"));

        var all = picks[0].Concat(picks[1]).ToList();
        Assert.Equal(300, all.Count);
        Assert.Equal(300, all.Distinct().Count());
        Assert.Equal(0L, await Db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE status <> 'running' OR attempt <> 1"));
    }

    [Fact]
    public async Task A_stale_holder_changes_nothing_once_the_job_was_picked_up_again()
    {
        var job = await Db.InsertJob();
        var stale = await PickUpAsync("adam");
        // The rescuer's hand-back of a job whose worker stopped heartbeating; adam then picks it up again by SQL.
        await Db.Execute("""
            UPDATE gh_automation_jobs SET status = 'pending', worker_id = NULL, started_at = NULL, last_heartbeat = NULL
            WHERE id = $1
            """, job);
        var current = await PickUpAsync("adam");
        var writes = new JobWrites(Db, "adam");
        var staleAttempt = new Attempt(job, stale!.Attempt);

        var completed = await writes.CompleteAsync([(staleAttempt, new JobOutcome.Completed(null, "done twice"))], CancellationToken.None);
        var failed = await writes.FailAsync(staleAttempt, new JobOutcome.Failed("boom", "failed twice", Retryable: true), DateTimeOffset.UtcNow, CancellationToken.None);
        var narrated = await writes.NarrateAsync(staleAttempt, "progress", "still here", null, CancellationToken.None);
        var heartbeat = await writes.HeartbeatAsync([staleAttempt], CancellationToken.None);

        Assert.Equal(2, current?.Attempt);
        Assert.Empty(completed);
        Assert.False(failed);
        Assert.False(narrated);
        Assert.Empty(heartbeat.Owned);
        Assert.Equal(new Picked(job, "running", "adam", 2),
            (await Db.Rows("SELECT id, status, worker_id, attempt FROM gh_automation_jobs WHERE id = $1", Read, job)).Single());
        Assert.Equal(0L, await Db.Scalar<long>("SELECT count(*) FROM gh_job_events WHERE job_id = $1 AND event_type = 'progress'", job));
        Assert.Contains(job, await writes.CompleteAsync([(new Attempt(job, 2), new JobOutcome.Completed(null, "done"))], CancellationToken.None));
    }

    private async Task<List<Guid>> DrainAsync(string workerId)
    {
        await using var connection = await Db.OpenConnectionAsync();
        var picked = new List<Guid>();
        while (await PickUpAsync(workerId, connection) is { } job)
        {
            picked.Add(job.Id);
        }

        return picked;
    }

    private async Task<Picked?> PickUpAsync(string workerId, NpgsqlConnection? connection = null)
    {
        await using var own = connection is null ? await Db.OpenConnectionAsync() : null;
        await using var command = new NpgsqlCommand(Pickup, connection ?? own);
        command.Parameters.Add(new NpgsqlParameter { Value = workerId });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Read(reader) : null;
    }

    private static Picked Read(NpgsqlDataReader r) => new(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetInt32(3));

    private sealed record Picked(Guid Id, string Status, string WorkerId, int Attempt);
}
