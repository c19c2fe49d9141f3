using GhostHands.Jobs;
using GhostHands.Jobs.Database;
using Npgsql;

namespace GhostHands.Routing.Pickup;

/// <summary>
/// Claims up to <c>limit</c> due pending jobs for one worker in one statement: first the jobs targeted at this
/// worker, then the shared pool (no target), then other workers' jobs this worker may take (affinity <c>any</c>,
/// or <c>preferred</c> once they have waited long enough); each group by priority, then age. Claimed rows become
/// <c>queued</c> with this worker as owner, a fresh heartbeat and the next attempt number (the fencing token).
/// Nothing is claimed while the queue is paused (emergency stop). A job targeted at another worker with strict
/// affinity (or none) is never taken. A second statement in the same transaction starts what was claimed
/// (<c>queued</c> → <c>running</c>), so each claim costs one round trip and one commit, and both transitions are
/// still recorded as events.
/// </summary>
/// <remarks>
/// Each group reads its own partial index in claim order and stops at the limit, so a claim costs the same with
/// 10 or 100,000 pending rows. The id list is passed to the UPDATE as an array so the planner looks rows up by
/// primary key instead of joining. SKIP LOCKED lets workers claim side by side without waiting on each other.
/// <para>
/// The claim runs with sorting disabled for its transaction (<see cref="PinPlanSql"/>). Statistics lag behind a burst
/// of inserts: until autovacuum analyzes the table (up to a minute), the planner believes almost nothing is pending,
/// and for the <c>own</c> group it then prefers <c>idx_gh_jobs_status_created</c> plus a sort of what it expects to be
/// one row. That plan reads every pending row: measured on a 100,000-job backlog, 67 ms per claim instead of 0.01 ms
/// (EXPLAIN ANALYZE, bench/RESULTS.md). Every index the claim is meant to use yields claim order without a sort, and
/// every wrong one needs a sort, so forbidding sorts pins the intended plan whatever the statistics say.
/// </para>
/// </remarks>
public static class ClaimJobs
{
    internal static readonly string Sql = $"""
        WITH control AS (
            SELECT paused FROM gh_queue_control
        ),
        own AS (
            SELECT id FROM gh_automation_jobs
            WHERE status = 'pending' AND target_worker_id = $1
              AND (scheduled_at IS NULL OR scheduled_at <= now())
              AND NOT coalesce((SELECT paused FROM control), false)
            ORDER BY priority, created_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED
        ),
        shared AS (
            SELECT id FROM gh_automation_jobs
            WHERE status = 'pending' AND target_worker_id IS NULL
              AND (scheduled_at IS NULL OR scheduled_at <= now())
              AND NOT coalesce((SELECT paused FROM control), false)
            ORDER BY priority, created_at
            LIMIT greatest($2 - (SELECT count(*) FROM own), 0)
            FOR UPDATE SKIP LOCKED
        ),
        flexible AS (
            SELECT id FROM gh_automation_jobs
            WHERE status = 'pending' AND target_worker_id IS NOT NULL AND target_worker_id <> $1
              AND worker_affinity IN ('preferred', 'any')
              AND (worker_affinity = 'any' OR coalesce(scheduled_at, created_at) <= now() - $3::interval)
              AND (scheduled_at IS NULL OR scheduled_at <= now())
              AND NOT coalesce((SELECT paused FROM control), false)
            ORDER BY priority, created_at
            LIMIT greatest($2 - (SELECT count(*) FROM own) - (SELECT count(*) FROM shared), 0)
            FOR UPDATE SKIP LOCKED
        )
        UPDATE gh_automation_jobs j
        SET status = 'queued', worker_id = $1, last_heartbeat = now(), attempt = j.attempt + 1,
            status_message = 'Picked up by worker ' || $1
        WHERE j.id = ANY (ARRAY(SELECT id FROM own UNION ALL SELECT id FROM shared UNION ALL SELECT id FROM flexible))
        """;

    /// <summary>
    /// Starts exactly the rows the claim above took: queued for this worker with <c>last_heartbeat = now()</c>, and
    /// now() is the transaction's start time, which no other transaction's write carries. The claim still holds their
    /// row locks, so nothing can change them in between. Reads <c>idx_gh_jobs_claimed</c>.
    /// </summary>
    internal static readonly string StartSql = $"""
        UPDATE gh_automation_jobs j
        SET status = 'running', started_at = now(), status_message = 'Running on worker ' || $1
        WHERE j.worker_id = $1 AND j.status = 'queued' AND j.last_heartbeat = now()
        RETURNING {JobRows.ColumnsOf("j")}
        """;

    /// <summary>
    /// Local to the transaction: the batch below runs as one implicit transaction (one Sync), so the setting holds for
    /// the claim and the start, which are planned after it executes, and ends with them.
    /// </summary>
    internal const string PinPlanSql = "SELECT set_config('enable_sort', 'off', true)";

    /// <summary>The claimed jobs, already running, in the order they should start.</summary>
    public static async Task<List<Job>> ExecuteAsync(
        NpgsqlDataSource db, string workerId, int limit, TimeSpan preferredWait, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(PinPlanSql));
        var claim = new NpgsqlBatchCommand(Sql);
        claim.Parameters.Add(new NpgsqlParameter { Value = workerId });
        claim.Parameters.Add(new NpgsqlParameter { Value = limit });
        claim.Parameters.Add(new NpgsqlParameter { Value = preferredWait });
        batch.BatchCommands.Add(claim);
        var start = new NpgsqlBatchCommand(StartSql);
        start.Parameters.Add(new NpgsqlParameter { Value = workerId });
        batch.BatchCommands.Add(start);
        var jobs = new List<Job>(limit);
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            // Result sets: set_config's row, then the start's rows (the claim returns none, so it has none).
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                jobs.Add(JobRows.Read(reader));
            }
        }

        jobs.Sort((a, b) =>
        {
            var byTarget = (a.TargetWorkerId != workerId).CompareTo(b.TargetWorkerId != workerId);
            return byTarget != 0 ? byTarget
                : a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority)
                : a.CreatedAt.CompareTo(b.CreatedAt);
        });
        return jobs;
    }
}
