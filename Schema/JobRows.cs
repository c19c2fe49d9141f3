using System.Text.Json;
using GhostHands.Contracts;
using Npgsql;

namespace GhostHands.Schema;

/// <summary>Reads <see cref="Job"/> rows. Every query that returns jobs selects <see cref="Columns"/> in this order.</summary>
public static class JobRows
{
    public const string Columns = """
        id, idempotency_key, user_id, created_by, job_type, target_url, task_description, input_data, priority,
        scheduled_at, max_retries, retry_count, timeout_seconds, status, status_message, started_at, completed_at,
        last_heartbeat, worker_id, target_worker_id, worker_affinity, result_data, result_summary, error_code,
        error_details, screenshot_urls, artifact_urls, metadata, tags, callback_url, llm_cost_cents, attempt,
        parent_job_id, trace_parent, request_id, error_history, created_at, updated_at, action_count, input_tokens,
        output_tokens, total_tokens
        """;

    /// <summary><see cref="Columns"/> qualified with a table alias, for joins and UPDATE ... RETURNING.</summary>
    public static string ColumnsOf(string alias) =>
        string.Join(", ", Columns.Split(',', StringSplitOptions.TrimEntries).Select(c => $"{alias}.{c}"));

    public static Job Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetGuid(0),
        IdempotencyKey = NullableString(r, 1),
        UserId = r.GetGuid(2),
        CreatedBy = r.GetString(3),
        JobType = r.GetString(4),
        TargetUrl = NullableString(r, 5),
        TaskDescription = r.GetString(6),
        InputData = Json(r, 7)!.Value,
        Priority = r.GetInt32(8),
        ScheduledAt = NullableTime(r, 9),
        MaxRetries = r.GetInt32(10),
        RetryCount = r.GetInt32(11),
        TimeoutSeconds = r.GetInt32(12),
        Status = JobStatuses.Parse(r.GetString(13)),
        StatusMessage = NullableString(r, 14),
        StartedAt = NullableTime(r, 15),
        CompletedAt = NullableTime(r, 16),
        LastHeartbeat = NullableTime(r, 17),
        WorkerId = NullableString(r, 18),
        TargetWorkerId = NullableString(r, 19),
        WorkerAffinity = NullableString(r, 20),
        ResultData = Json(r, 21),
        ResultSummary = NullableString(r, 22),
        ErrorCode = NullableString(r, 23),
        ErrorDetails = Json(r, 24),
        ScreenshotUrls = r.GetFieldValue<string[]>(25),
        ArtifactUrls = r.GetFieldValue<string[]>(26),
        Metadata = Json(r, 27)!.Value,
        Tags = r.GetFieldValue<string[]>(28),
        CallbackUrl = NullableString(r, 29),
        LlmCostCents = r.GetDecimal(30),
        Attempt = r.GetInt32(31),
        ParentJobId = r.IsDBNull(32) ? null : r.GetGuid(32),
        TraceParent = NullableString(r, 33),
        RequestId = NullableString(r, 34),
        ErrorHistory = Json(r, 35)!.Value,
        CreatedAt = r.GetFieldValue<DateTimeOffset>(36),
        UpdatedAt = r.GetFieldValue<DateTimeOffset>(37),
        ActionCount = r.GetInt32(38),
        InputTokens = r.GetInt64(39),
        OutputTokens = r.GetInt64(40),
        TotalTokens = r.GetInt64(41),
    };

    public static async Task<List<Job>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var jobs = new List<Job>();
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(Read(reader));
        }

        return jobs;
    }

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? NullableTime(NpgsqlDataReader r, int i) =>
        r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);

    private static JsonElement? Json(NpgsqlDataReader r, int i) =>
        r.IsDBNull(i) ? null : r.GetFieldValue<JsonElement>(i);
}
