using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Recovery;

/// <summary>What a sweep changed.</summary>
public sealed record RescueResult(int Requeued, int Failed)
{
    public int Total => Requeued + Failed;
}

/// <summary>
/// The stuck-job rescue of the contract's runbook: queued or running jobs whose heartbeat is older than the threshold go
/// back to <c>pending</c> without an owner, with <c>error_details = {recovered_by, reason}</c> and one more
/// <c>retry_count</c>; a job already at <c>max_retries</c> ends <c>failed</c> with <c>stuck_max_retries</c>. The status
/// trigger records the event. Safe to run from any number of processes at once (SKIP LOCKED), and a worker that
/// wakes up afterwards cannot write over the result: its writes are fenced by attempt.
/// </summary>
public static class RescueStuckJobs
{
    private const string Sql = """
        WITH stuck AS (
            SELECT id FROM gh_automation_jobs
            WHERE status IN ('queued', 'running')
              AND ((last_heartbeat < $1 - $2::interval) OR ($4::text IS NOT NULL AND worker_id = $4))
            ORDER BY last_heartbeat
            LIMIT $3
            FOR UPDATE SKIP LOCKED
        ),
        rescued AS (
            UPDATE gh_automation_jobs j
            SET status = CASE WHEN j.retry_count >= j.max_retries THEN 'failed' ELSE 'pending' END,
                worker_id = CASE WHEN j.retry_count >= j.max_retries THEN j.worker_id END,
                retry_count = CASE WHEN j.retry_count >= j.max_retries THEN j.retry_count ELSE j.retry_count + 1 END,
                completed_at = CASE WHEN j.retry_count >= j.max_retries THEN now() END,
                started_at = CASE WHEN j.retry_count >= j.max_retries THEN j.started_at END,
                last_heartbeat = CASE WHEN j.retry_count >= j.max_retries THEN j.last_heartbeat END,
                error_code = CASE WHEN j.retry_count >= j.max_retries THEN 'stuck_max_retries' ELSE j.error_code END,
                error_details = jsonb_build_object(
                    'recovered_by', $5, 'reason', $6, 'worker_id', j.worker_id, 'attempt', j.attempt,
                    'last_heartbeat', j.last_heartbeat),
                status_message = CASE WHEN j.retry_count >= j.max_retries
                    THEN 'Failed: worker ' || j.worker_id || ' stopped answering and no retries are left'
                    ELSE 'Returned to the queue: worker ' || j.worker_id || ' stopped answering' END,
                error_history = j.error_history || jsonb_build_array(jsonb_build_object(
                    'attempt', j.attempt, 'worker_id', j.worker_id, 'error_code', 'stuck', 'message', $6, 'at', now()))
            FROM stuck
            WHERE j.id = stuck.id
            RETURNING j.status
        )
        SELECT count(*) FILTER (WHERE status = 'pending')::int, count(*) FILTER (WHERE status = 'failed')::int FROM rescued
        """;

    /// <summary>Rescues jobs whose heartbeat is older than <paramref name="rescueAfter"/> at <paramref name="now"/>.</summary>
    public static Task<RescueResult> ExecuteAsync(
        NpgsqlDataSource db, DateTimeOffset now, TimeSpan rescueAfter, int batchSize, string recoveredBy, CancellationToken ct) =>
        RunAsync(db, now, rescueAfter, batchSize, recoveredBy, "stuck_job_recovery", null, ct);

    /// <summary>
    /// On a worker's start: its earlier process is gone, so every job still held under its id is orphaned, however
    /// fresh the heartbeat looks.
    /// </summary>
    public static Task<RescueResult> ForRestartedWorkerAsync(
        NpgsqlDataSource db, DateTimeOffset now, TimeSpan rescueAfter, int batchSize, string workerId, CancellationToken ct) =>
        RunAsync(db, now, rescueAfter, batchSize, $"worker:{workerId}", "worker_restarted", workerId, ct);

    private static async Task<RescueResult> RunAsync(
        NpgsqlDataSource db, DateTimeOffset now, TimeSpan rescueAfter, int batchSize, string recoveredBy, string reason,
        string? workerId, CancellationToken ct)
    {
        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = rescueAfter });
        command.Parameters.Add(new NpgsqlParameter { Value = batchSize });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)workerId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = recoveredBy });
        command.Parameters.Add(new NpgsqlParameter { Value = reason });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new RescueResult(reader.GetInt32(0), reader.GetInt32(1));
    }
}
