using System.Text.Json;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Routing.Pickup;
using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Routing.Runtime;

/// <summary>The owning attempt of a claimed job: what every write after the claim is conditional on.</summary>
public readonly record struct Attempt(Guid JobId, int Number);

/// <summary>
/// Every write a worker makes after claiming. Each is conditional on this worker still owning this attempt
/// (<c>worker_id</c>, <c>attempt</c>) and on the status it expects, so a worker that was presumed dead and rescued,
/// or whose job was cancelled, changes nothing. Zero rows is an expected answer: the caller logs and moves on.
/// </summary>
public sealed class JobWrites(NpgsqlDataSource db, string workerId)
{
    private const string CompleteSql = """
        WITH done AS (
            UPDATE gh_automation_jobs j
            SET status = 'completed', completed_at = now(), last_heartbeat = now(), result_data = c.result,
                result_summary = c.summary, status_message = c.summary, error_code = NULL, updated_at = now()
            FROM unnest($1::uuid[], $2::int[], $3::jsonb[], $4::text[]) AS c(id, attempt, result, summary)
            WHERE j.id = c.id AND j.attempt = c.attempt AND j.worker_id = $5 AND j.status = 'running'
            RETURNING j.id
        ),
        counted AS (
            UPDATE gh_worker_registry SET jobs_completed = jobs_completed + (SELECT count(*) FROM done)
            WHERE worker_id = $5
        )
        SELECT id FROM done
        """;

    private const string FailSql = """
        WITH failed AS (
            UPDATE gh_automation_jobs j
            SET status = CASE WHEN $4 THEN 'pending' ELSE 'failed' END,
                worker_id = CASE WHEN $4 THEN NULL ELSE j.worker_id END,
                retry_count = CASE WHEN $4 THEN j.retry_count + 1 ELSE j.retry_count END,
                scheduled_at = CASE WHEN $4 THEN $5 ELSE j.scheduled_at END,
                started_at = CASE WHEN $4 THEN NULL ELSE j.started_at END,
                last_heartbeat = CASE WHEN $4 THEN NULL ELSE j.last_heartbeat END,
                completed_at = CASE WHEN $4 THEN NULL ELSE now() END,
                error_code = $6, error_details = $8, status_message = $7,
                error_history = j.error_history || jsonb_build_array(jsonb_build_object(
                    'attempt', j.attempt, 'worker_id', j.worker_id, 'error_code', $6, 'message', $7, 'at', now()))
            WHERE j.id = $1 AND j.attempt = $2 AND j.worker_id = $3 AND j.status IN ('queued', 'running')
            RETURNING j.id
        ),
        counted AS (
            UPDATE gh_worker_registry SET jobs_failed = jobs_failed + (SELECT count(*) FROM failed)
            WHERE worker_id = $3
        )
        SELECT count(*) FROM failed
        """;

    private const string PauseSql = """
        WITH paused AS (
            UPDATE gh_automation_jobs j
            SET status = 'paused', status_message = $4, error_details = $5, last_heartbeat = now()
            WHERE j.id = $1 AND j.attempt = $2 AND j.worker_id = $3 AND j.status = 'running'
            RETURNING j.id
        )
        INSERT INTO gh_job_events (job_id, event_type, actor, message, metadata)
        SELECT id, $6, 'worker:' || $3, $4, coalesce($5, '{}'::jsonb) FROM paused
        """;

    private const string RequeueSql = """
        UPDATE gh_automation_jobs j
        SET status = 'pending', worker_id = NULL, started_at = NULL, last_heartbeat = NULL,
            scheduled_at = $4, status_message = $5, error_details = coalesce($6, j.error_details)
        FROM unnest($1::uuid[], $2::int[]) AS a(id, attempt)
        WHERE j.id = a.id AND j.attempt = a.attempt AND j.worker_id = $3 AND j.status IN ('queued', 'running')
        RETURNING j.id
        """;

    private const string HeartbeatSql = """
        WITH beat AS (
            UPDATE gh_automation_jobs j SET last_heartbeat = now(), updated_at = now()
            FROM unnest($1::uuid[], $2::int[]) AS a(id, attempt)
            WHERE j.id = a.id AND j.attempt = a.attempt AND j.worker_id = $3 AND j.status IN ('queued', 'running')
            RETURNING j.id
        ),
        registry AS (
            UPDATE gh_worker_registry SET last_heartbeat = now(), current_jobs = $1
            WHERE worker_id = $3
            RETURNING status
        )
        SELECT coalesce((SELECT array_agg(id) FROM beat), '{}'::uuid[]),
               (SELECT status FROM registry),
               coalesce((SELECT paused FROM gh_queue_control), false)
        """;

    // The row lock waits out a status change of the job in flight (a cancel) and re-checks the fence after it, so a
    // narration never lands after the job left this attempt; migration 013 relies on that lock for event order too.
    private const string NarrateSql = """
        INSERT INTO gh_job_events (job_id, event_type, actor, message, metadata)
        SELECT id, $4, 'worker:' || $3, $5, $6
        FROM gh_automation_jobs
        WHERE id = $1 AND attempt = $2 AND worker_id = $3 AND status IN ('queued', 'running')
        FOR NO KEY UPDATE
        """;

    private const string CancelledSql = """
        SELECT EXISTS (SELECT 1 FROM gh_automation_jobs WHERE id = $1 AND attempt = $2 AND status = 'cancelled')
        """;

    private const string ArtifactsSql = """
        UPDATE gh_automation_jobs
        SET screenshot_urls = screenshot_urls || $4, artifact_urls = artifact_urls || $5
        WHERE id = $1 AND attempt = $2 AND worker_id = $3 AND status IN ('queued', 'running')
        """;

    /// <summary>Whether this attempt of the job has been cancelled.</summary>
    public async Task<bool> IsCancelledAsync(Attempt attempt, CancellationToken ct)
    {
        await using var command = db.CreateCommand(CancelledSql);
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.JobId });
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.Number });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Appends artifact URLs to the job, fenced by attempt; false when the attempt no longer owns it.</summary>
    public async Task<bool> AddArtifactsAsync(Attempt attempt, IReadOnlyList<string> screenshots, IReadOnlyList<string> artifacts, CancellationToken ct)
    {
        await using var command = db.CreateCommand(ArtifactsSql);
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.JobId });
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.Number });
        command.Parameters.Add(Text(workerId));
        command.Parameters.Add(new NpgsqlParameter { Value = screenshots.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = artifacts.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    /// <summary>running → completed for a batch; returns the ids written (the others were no longer ours).</summary>
    public async Task<HashSet<Guid>> CompleteAsync(IReadOnlyList<(Attempt Attempt, JobOutcome.Completed Outcome)> done, CancellationToken ct) =>
        (await CompleteAndClaimAsync(done, 0, TimeSpan.Zero, ct)).Completed;

    /// <summary>
    /// Completes <paramref name="done"/> and, in the same round trip and transaction, claims up to
    /// <paramref name="claimLimit"/> jobs for the slots the completions free (<see cref="ClaimJobs"/>; none when 0).
    /// </summary>
    public async Task<(HashSet<Guid> Completed, List<Job> Claimed)> CompleteAndClaimAsync(
        IReadOnlyList<(Attempt Attempt, JobOutcome.Completed Outcome)> done, int claimLimit, TimeSpan preferredWait, CancellationToken ct)
    {
        await using var batch = db.CreateBatch();
        var complete = new NpgsqlBatchCommand(CompleteSql);
        AddAttempts(complete.Parameters, done.Select(d => d.Attempt).ToList());
        complete.Parameters.Add(new NpgsqlParameter
        {
            Value = done.Select(d => d.Outcome.ResultData?.GetRawText() ?? "{}").ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
        });
        complete.Parameters.Add(new NpgsqlParameter
        {
            Value = done.Select(d => d.Outcome.Summary).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
        });
        complete.Parameters.Add(Text(workerId));
        batch.BatchCommands.Add(complete);
        if (claimLimit > 0)
        {
            batch.BatchCommands.Add(ClaimJobs.BatchCommand(workerId, claimLimit, preferredWait));
        }

        await using var reader = await batch.ExecuteReaderAsync(ct);
        var completed = new HashSet<Guid>();
        while (await reader.ReadAsync(ct))
        {
            completed.Add(reader.GetGuid(0));
        }

        var claimed = claimLimit > 0 && await reader.NextResultAsync(ct) ? await ClaimJobs.ReadAsync(reader, workerId, claimLimit, ct) : [];
        return (completed, claimed);
    }

    /// <summary>A failed attempt: back to pending at <paramref name="retryAt"/> when given, else failed for good.</summary>
    public async Task<bool> FailAsync(Attempt attempt, JobOutcome.Failed failure, DateTimeOffset? retryAt, CancellationToken ct)
    {
        await using var command = db.CreateCommand(FailSql);
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.JobId });
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.Number });
        command.Parameters.Add(Text(workerId));
        command.Parameters.Add(new NpgsqlParameter { Value = retryAt is not null });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)retryAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(Text(failure.ErrorCode));
        command.Parameters.Add(Text(failure.Message));
        command.Parameters.Add(Json(failure.Details));
        return (long)(await command.ExecuteScalarAsync(ct))! > 0;
    }

    /// <summary>running → paused, with the event (<c>hitl_paused</c>, <c>blocker_detected</c>) that says why.</summary>
    public async Task<bool> PauseAsync(Attempt attempt, JobOutcome.Paused pause, CancellationToken ct)
    {
        await using var command = db.CreateCommand(PauseSql);
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.JobId });
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.Number });
        command.Parameters.Add(Text(workerId));
        command.Parameters.Add(Text(pause.Message));
        command.Parameters.Add(Json(pause.Details));
        command.Parameters.Add(Text(pause.EventType));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    /// <summary>
    /// Back to pending without spending a retry: snoozes and graceful-shutdown hand-backs. Returns the ids written.
    /// </summary>
    public async Task<HashSet<Guid>> RequeueAsync(
        IReadOnlyList<Attempt> attempts, DateTimeOffset? runAt, string message, object? details, CancellationToken ct)
    {
        await using var command = db.CreateCommand(RequeueSql);
        AddAttempts(command.Parameters, attempts);
        command.Parameters.Add(Text(workerId));
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)runAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(Text(message));
        command.Parameters.Add(Json(details is null ? null : JsonSerializer.SerializeToElement(details, JobsModule.JsonOptions)));
        return await ReadIds(command, ct);
    }

    /// <summary>Renews every held claim and the registry entry; reports which jobs are still ours and the worker's control state.</summary>
    public async Task<HeartbeatResult> HeartbeatAsync(IReadOnlyList<Attempt> attempts, CancellationToken ct)
    {
        await using var command = db.CreateCommand(HeartbeatSql);
        AddAttempts(command.Parameters, attempts);
        command.Parameters.Add(Text(workerId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new HeartbeatResult(
            [.. reader.GetFieldValue<Guid[]>(0)],
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.GetBoolean(2));
    }

    public async Task<bool> NarrateAsync(Attempt attempt, string eventType, string message, object? metadata, CancellationToken ct)
    {
        await using var command = db.CreateCommand(NarrateSql);
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.JobId });
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.Number });
        command.Parameters.Add(Text(workerId));
        command.Parameters.Add(Text(eventType));
        command.Parameters.Add(Text(message));
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = JsonSerializer.Serialize(metadata ?? new { }, JobsModule.JsonOptions),
            NpgsqlDbType = NpgsqlDbType.Jsonb,
        });
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    private static void AddAttempts(NpgsqlParameterCollection parameters, IReadOnlyList<Attempt> attempts)
    {
        parameters.Add(new NpgsqlParameter { Value = attempts.Select(a => a.JobId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        parameters.Add(new NpgsqlParameter { Value = attempts.Select(a => a.Number).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
    }

    private static async Task<HashSet<Guid>> ReadIds(NpgsqlCommand command, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Json(JsonElement? value) =>
        new() { Value = (object?)value?.GetRawText() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Jsonb };
}

/// <summary>What a heartbeat learned: the jobs still ours, the worker's registry status, and whether the queue is paused.</summary>
public sealed record HeartbeatResult(HashSet<Guid> Owned, string? RegistryStatus, bool QueuePaused);
