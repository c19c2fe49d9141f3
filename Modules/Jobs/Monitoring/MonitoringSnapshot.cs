using Npgsql;

namespace GhostHands.Jobs.Monitoring;

/// <summary>
/// Everything /monitoring reads from the database, in one round trip. Queue depth covers unfinished jobs; rates,
/// durations, costs and errors cover jobs that finished in the last hour.
/// </summary>
public sealed record MonitoringSnapshot(
    IReadOnlyList<(string Status, string TargetWorker, long Count)> QueueDepth,
    long PendingOlderThan5Min,
    long FinishedLastHour,
    long CompletedLastHour,
    IReadOnlyList<(string ErrorCode, long Count)> ErrorsLastHour,
    double[] DurationBucketCounts,
    double DurationSum,
    long DurationCount,
    double? DurationP95,
    double MaxHeartbeatStaleness,
    double LlmCostAvg,
    double LlmCostMax,
    IReadOnlyList<(string Worker, string Status, long Current, long Completed, long Failed, double HeartbeatAge)> Workers)
{
    public static readonly double[] DurationBuckets = [1, 5, 10, 30, 60, 120, 300, 600, 1800];

    public double? CompletionRate => FinishedLastHour == 0 ? null : (double)CompletedLastHour / FinishedLastHour;

    public static async Task<MonitoringSnapshot> ReadAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        var buckets = string.Join(", ", DurationBuckets.Select(b =>
            $"count(*) FILTER (WHERE extract(epoch FROM completed_at - started_at) <= {b.ToString(System.Globalization.CultureInfo.InvariantCulture)})::float8"));
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new("""
                    SELECT status, coalesce(target_worker_id, ''), count(*) FROM gh_automation_jobs
                    WHERE status IN ('pending', 'queued', 'running', 'paused') GROUP BY 1, 2 ORDER BY 1, 2
                    """),
                new("SELECT count(*) FROM gh_automation_jobs WHERE status = 'pending' AND created_at < now() - interval '5 minutes'"),
                new("""
                    SELECT count(*), count(*) FILTER (WHERE status = 'completed'),
                           coalesce(avg(llm_cost_cents), 0)::float8, coalesce(max(llm_cost_cents), 0)::float8
                    FROM gh_automation_jobs WHERE completed_at > now() - interval '1 hour' AND job_type <> 'batch'
                    """),
                new("""
                    SELECT error_code, count(*) FROM gh_automation_jobs
                    WHERE completed_at > now() - interval '1 hour' AND error_code IS NOT NULL GROUP BY 1 ORDER BY 1
                    """),
                new($"""
                    SELECT {buckets}, coalesce(sum(extract(epoch FROM completed_at - started_at)), 0)::float8, count(*),
                           percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - started_at))::float8
                    FROM gh_automation_jobs
                    WHERE status = 'completed' AND completed_at > now() - interval '1 hour' AND started_at IS NOT NULL
                    """),
                new("""
                    SELECT coalesce(max(extract(epoch FROM now() - last_heartbeat)), 0)::float8
                    FROM gh_automation_jobs WHERE status IN ('queued', 'running') AND last_heartbeat IS NOT NULL
                    """),
                new("""
                    SELECT worker_id, status, cardinality(current_jobs), jobs_completed, jobs_failed,
                           extract(epoch FROM now() - last_heartbeat)::float8
                    FROM gh_worker_registry ORDER BY worker_id
                    """),
            },
        };
        await using var r = await batch.ExecuteReaderAsync(ct);
        var depth = new List<(string, string, long)>();
        while (await r.ReadAsync(ct))
        {
            depth.Add((r.GetString(0), r.GetString(1), r.GetInt64(2)));
        }

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var oldPending = r.GetInt64(0);

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var (finished, completed, costAvg, costMax) = (r.GetInt64(0), r.GetInt64(1), r.GetDouble(2), r.GetDouble(3));

        await r.NextResultAsync(ct);
        var errors = new List<(string, long)>();
        while (await r.ReadAsync(ct))
        {
            errors.Add((r.GetString(0), r.GetInt64(1)));
        }

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var bucketCounts = DurationBuckets.Select((_, i) => r.GetDouble(i)).ToArray();
        var n = DurationBuckets.Length;
        var (sum, count, p95) = (r.GetDouble(n), r.GetInt64(n + 1), r.IsDBNull(n + 2) ? (double?)null : r.GetDouble(n + 2));

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var staleness = r.GetDouble(0);

        await r.NextResultAsync(ct);
        var workers = new List<(string, string, long, long, long, double)>();
        while (await r.ReadAsync(ct))
        {
            workers.Add((r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt64(3), r.GetInt64(4), r.GetDouble(5)));
        }

        return new MonitoringSnapshot(depth, oldPending, finished, completed, errors, bucketCounts, sum, count, p95,
            staleness, costAvg, costMax, workers);
    }
}
