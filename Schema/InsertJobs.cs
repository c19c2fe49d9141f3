using GhostHands.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Schema;

/// <summary>
/// Inserts validated jobs. Idempotency is the partial unique index on <c>idempotency_key</c> (keys only) with <c>ON CONFLICT DO NOTHING</c>:
/// when a key exists the insert returns no row and the existing job is read afterwards. That read is a separate
/// statement on purpose: ON CONFLICT waits for a concurrent insert of the same key to commit, and only a new
/// statement's snapshot is guaranteed to see it.
/// </summary>
public static class InsertJobs
{
    private static readonly string InsertSql = $"""
        INSERT INTO gh_automation_jobs (
            idempotency_key, user_id, created_by, job_type, target_url, task_description, input_data, priority,
            scheduled_at, max_retries, timeout_seconds, tags, metadata, callback_url, target_worker_id, worker_affinity,
            parent_job_id, trace_parent, request_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
        ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
        RETURNING {JobRows.Columns}
        """;

    private const string ParentSql = """
        INSERT INTO gh_automation_jobs (user_id, created_by, job_type, task_description, status, started_at, request_id)
        VALUES ($1, 'api', 'batch', $2, 'running', now(), $3)
        RETURNING id
        """;

    /// <summary>The parent of a batch (docs/contract.md, Batches): running from the start, finished by trigger when its last child is.</summary>
    public static async Task<Guid> InsertBatchParentAsync(NpgsqlConnection connection, Guid userId, int children, string? requestId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(ParentSql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = $"Batch of {children} job(s)" });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)requestId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        return (Guid)(await command.ExecuteScalarAsync(ct))!;
    }

    private const string ExistingSql = "SELECT id, status FROM gh_automation_jobs WHERE idempotency_key = $1";

    /// <summary>Inserts every job in one round trip and one transaction. Result i belongs to job i.</summary>
    public static async Task<IReadOnlyList<InsertResult>> InsertAsync(
        NpgsqlConnection connection, IReadOnlyList<NewJob> jobs, CancellationToken cancellationToken)
    {
        var results = new InsertResult[jobs.Count];
        await using (var batch = new NpgsqlBatch(connection))
        {
            foreach (var job in jobs)
            {
                batch.BatchCommands.Add(InsertCommand(job));
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            for (var i = 0; i < jobs.Count; i++)
            {
                if (i > 0)
                {
                    await reader.NextResultAsync(cancellationToken);
                }

                results[i] = await reader.ReadAsync(cancellationToken)
                    ? new InsertResult(JobRows.Read(reader), null, null)
                    : default;
            }
        }

        for (var i = 0; i < jobs.Count; i++)
        {
            if (results[i].Created is null)
            {
                results[i] = await FindDuplicateAsync(connection, jobs[i].IdempotencyKey!, cancellationToken);
            }
        }

        return results;
    }

    private static async Task<InsertResult> FindDuplicateAsync(NpgsqlConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ExistingSql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            // The conflicting row was deleted between the two statements; history is never deleted, so this
            // means someone removed it by hand.
            throw new InvalidOperationException($"Job with idempotency_key '{key}' conflicted but no longer exists.");
        }

        return new InsertResult(null, reader.GetGuid(0), JobStatuses.Parse(reader.GetString(1)));
    }

    private static NpgsqlBatchCommand InsertCommand(NewJob job)
    {
        var command = new NpgsqlBatchCommand(InsertSql);
        var p = command.Parameters;
        p.Add(Value(job.IdempotencyKey));
        p.Add(new NpgsqlParameter { Value = job.UserId });
        p.Add(new NpgsqlParameter { Value = job.CreatedBy });
        p.Add(new NpgsqlParameter { Value = job.JobType });
        p.Add(Value(job.TargetUrl));
        p.Add(new NpgsqlParameter { Value = job.TaskDescription });
        p.Add(new NpgsqlParameter { Value = job.InputData, NpgsqlDbType = NpgsqlDbType.Jsonb });
        p.Add(new NpgsqlParameter { Value = job.Priority });
        p.Add(new NpgsqlParameter { Value = (object?)job.ScheduledAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new NpgsqlParameter { Value = job.MaxRetries });
        p.Add(new NpgsqlParameter { Value = job.TimeoutSeconds });
        p.Add(new NpgsqlParameter { Value = job.Tags, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = job.Metadata, NpgsqlDbType = NpgsqlDbType.Jsonb });
        p.Add(Value(job.CallbackUrl));
        p.Add(Value(job.TargetWorkerId));
        p.Add(Value(job.WorkerAffinity));
        p.Add(new NpgsqlParameter { Value = (object?)job.ParentJobId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        p.Add(Value(job.TraceParent));
        p.Add(Value(job.RequestId));
        return command;
    }

    private static NpgsqlParameter Value(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}

/// <summary>Either the created job, or the id and status of the job that already holds the idempotency key.</summary>
public readonly record struct InsertResult(Job? Created, Guid? ExistingJobId, JobStatus? ExistingStatus);
