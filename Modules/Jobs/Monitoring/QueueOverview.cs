using GhostHands.Jobs;
using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Jobs.Monitoring;

/// <summary>A job as the dashboard lists it: the row without its payloads.</summary>
public sealed record JobLine(
    Guid Id,
    string JobType,
    string Status,
    string? StatusMessage,
    string? WorkerId,
    string? TargetWorkerId,
    string? ErrorCode,
    int RetryCount,
    int MaxRetries,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt);

public sealed record WorkerLine(
    string WorkerId,
    string Status,
    int MaxConcurrentJobs,
    long JobsCompleted,
    long JobsFailed,
    DateTimeOffset LastHeartbeat,
    IReadOnlyList<JobLine> CurrentJobs);

public sealed record QueuePause(string? Reason, DateTimeOffset ChangedAt);

/// <summary>
/// Everything the dashboard shows, read in one round trip: unfinished jobs counted by status, finished ones of the last
/// hour, the emergency-stop state, workers with the jobs they hold (from the jobs table, so it is as fresh as the last
/// status change rather than the last heartbeat), the latest failures and the last hour's error codes, and either the
/// newest jobs (<see cref="Jobs"/>, for a full picture) or just the jobs a notification named (<see cref="Changed"/>).
/// </summary>
public sealed record QueueOverview(
    DateTimeOffset Now,
    IReadOnlyList<(string Status, long Count)> Counts,
    QueuePause? Paused,
    IReadOnlyList<WorkerLine> Workers,
    IReadOnlyList<JobLine> Failures,
    IReadOnlyList<(string Code, long Count)> ErrorCodes,
    IReadOnlyList<JobLine>? Jobs,
    IReadOnlyList<JobLine> Changed)
{
    public const int RecentJobs = 50;
    public const int RecentFailures = 10;

    private const string Columns = """
        id, job_type, status, status_message, worker_id, target_worker_id, error_code, retry_count, max_retries,
        created_at, started_at, completed_at
        """;

    // Newest jobs without an index on created_at alone: the newest of each status through idx_gh_jobs_status_created
    // (status, created_at DESC), merged. Eight short index scans however long the history grows.
    private static readonly string NewestSql =
        $"SELECT {Columns} FROM (" +
        string.Join(" UNION ALL ", JobStatuses.All.Select(s =>
            $"(SELECT {Columns} FROM gh_automation_jobs WHERE status = '{s}' ORDER BY created_at DESC LIMIT {RecentJobs})")) +
        $") newest ORDER BY created_at DESC LIMIT {RecentJobs}";

    /// <summary>Reads the overview; with <paramref name="changed"/> null the newest jobs, else only those jobs.</summary>
    public static async Task<QueueOverview> ReadAsync(NpgsqlDataSource db, IReadOnlyCollection<Guid>? changed, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new("SELECT now()"),
                new("""
                    SELECT status, count(*) FROM gh_automation_jobs
                    WHERE status IN ('pending', 'queued', 'running', 'paused') GROUP BY status
                    UNION ALL
                    SELECT status, count(*) FROM gh_automation_jobs
                    WHERE completed_at > now() - interval '1 hour' GROUP BY status
                    """),
                new("SELECT paused, reason, changed_at FROM gh_queue_control"),
                new("""
                    SELECT worker_id, status, max_concurrent_jobs, jobs_completed, jobs_failed, last_heartbeat
                    FROM gh_worker_registry
                    WHERE status <> 'offline' OR stopped_at > now() - interval '1 day'
                    ORDER BY status = 'offline', worker_id
                    """),
                new($"SELECT {Columns} FROM gh_automation_jobs WHERE status IN ('queued', 'running') ORDER BY created_at LIMIT 500"),
                new($"SELECT {Columns} FROM gh_automation_jobs WHERE status = 'failed' ORDER BY created_at DESC LIMIT {RecentFailures}"),
                new("""
                    SELECT error_code, count(*) FROM gh_automation_jobs
                    WHERE completed_at > now() - interval '1 hour' AND error_code IS NOT NULL
                    GROUP BY 1 ORDER BY 2 DESC, 1
                    """),
                changed is null
                    ? new(NewestSql)
                    : new($"SELECT {Columns} FROM gh_automation_jobs WHERE id = ANY($1) ORDER BY created_at DESC")
                    {
                        Parameters = { new NpgsqlParameter { Value = changed.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid } },
                    },
            },
        };
        await using var r = await batch.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        var now = r.GetFieldValue<DateTimeOffset>(0);

        await r.NextResultAsync(ct);
        var counts = new List<(string, long)>();
        while (await r.ReadAsync(ct))
        {
            counts.Add((r.GetString(0), r.GetInt64(1)));
        }

        await r.NextResultAsync(ct);
        QueuePause? paused = null;
        if (await r.ReadAsync(ct) && r.GetBoolean(0))
        {
            paused = new QueuePause(r.IsDBNull(1) ? null : r.GetString(1), r.GetFieldValue<DateTimeOffset>(2));
        }

        await r.NextResultAsync(ct);
        var registry = new List<(string Id, string Status, int Max, long Completed, long Failed, DateTimeOffset Heartbeat)>();
        while (await r.ReadAsync(ct))
        {
            registry.Add((r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt64(3), r.GetInt64(4), r.GetFieldValue<DateTimeOffset>(5)));
        }

        await r.NextResultAsync(ct);
        var held = (await ReadJobsAsync(r, ct)).ToLookup(j => j.WorkerId);
        await r.NextResultAsync(ct);
        var failures = await ReadJobsAsync(r, ct);

        await r.NextResultAsync(ct);
        var codes = new List<(string, long)>();
        while (await r.ReadAsync(ct))
        {
            codes.Add((r.GetString(0), r.GetInt64(1)));
        }

        await r.NextResultAsync(ct);
        var jobs = await ReadJobsAsync(r, ct);

        var workers = registry.ConvertAll(w => new WorkerLine(w.Id, w.Status, w.Max, w.Completed, w.Failed, w.Heartbeat, [.. held[w.Id]]));
        return new QueueOverview(now, counts, paused, workers, failures, codes,
            changed is null ? jobs : null, changed is null ? [] : jobs);
    }

    private static async Task<List<JobLine>> ReadJobsAsync(NpgsqlDataReader r, CancellationToken ct)
    {
        var jobs = new List<JobLine>();
        while (await r.ReadAsync(ct))
        {
            jobs.Add(new JobLine(
                r.GetGuid(0), r.GetString(1), r.GetString(2), NullableString(r, 3), NullableString(r, 4), NullableString(r, 5),
                NullableString(r, 6), r.GetInt32(7), r.GetInt32(8), r.GetFieldValue<DateTimeOffset>(9),
                r.IsDBNull(10) ? null : r.GetFieldValue<DateTimeOffset>(10), r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11)));
        }

        return jobs;
    }

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
