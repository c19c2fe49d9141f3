using System.Globalization;
using System.Text;
using System.Text.Json;
using GhostHands.Client;
using GhostHands.Contracts;

namespace GhostHands.Cli;

/// <summary>How results look: JSON in the API's own shape for <c>--json</c>, short aligned text otherwise.</summary>
internal static class Output
{
    private static readonly JsonSerializerOptions Indented = new(ContractJson.Options) { WriteIndented = true };

    public static Task JsonAsync(TextWriter writer, object value) =>
        writer.WriteLineAsync(JsonSerializer.Serialize(value, value.GetType(), Indented));

    /// <summary>One compact JSON document per line (JSON Lines), for streams.</summary>
    public static Task JsonLineAsync(TextWriter writer, object value) =>
        writer.WriteLineAsync(JsonSerializer.Serialize(value, value.GetType(), ContractJson.Options));

    public static Task ErrorAsync(TextWriter stderr, bool json, ApiProblem problem) =>
        json
            ? JsonLineAsync(stderr, new { error = problem.ToString(), code = problem.Code, status = problem.Status, errors = problem.Errors })
            : stderr.WriteLineAsync($"error: {problem}{(problem.Code is { } code ? $" ({code})" : "")}");

    public static Task ErrorAsync(TextWriter stderr, bool json, string message, string code) =>
        json ? JsonLineAsync(stderr, new { error = message, code }) : stderr.WriteLineAsync($"error: {message}");

    public static string EventLine(JobEvent e)
    {
        var what = e.ToStatus is not null
            ? $"{e.FromStatus ?? "-"} -> {e.ToStatus} ({e.Actor})" + (e.Message is { Length: > 0 } m ? $"  {m}" : "")
            : $"{e.Message} ({e.Actor})";
        return $"{Time(e.CreatedAt)}  {e.EventType,-17} {what}";
    }

    public static string Summary(Job job)
    {
        var text = new StringBuilder($"Job {job.Id} {job.Status.ToDb()}");
        if (job.WorkerId is { } worker)
        {
            text.Append(CultureInfo.InvariantCulture, $" on worker {worker}");
        }

        if (job.ErrorCode is { } code)
        {
            text.Append(CultureInfo.InvariantCulture, $" [{code}]");
        }

        if ((job.ResultSummary ?? job.StatusMessage) is { Length: > 0 } message)
        {
            text.Append(CultureInfo.InvariantCulture, $": {message}");
        }

        return text.ToString();
    }

    public static IEnumerable<string> Details(Job job)
    {
        (string, string?)[] fields =
        [
            ("id", job.Id.ToString()),
            ("status", job.Status.ToDb()),
            ("job_type", job.JobType),
            ("target_url", job.TargetUrl),
            ("task_description", job.TaskDescription),
            ("user_id", job.UserId.ToString()),
            ("target_worker_id", job.TargetWorkerId),
            ("worker_affinity", job.WorkerAffinity),
            ("worker_id", job.WorkerId),
            ("priority", job.Priority.ToString(CultureInfo.InvariantCulture)),
            ("attempt", job.Attempt.ToString(CultureInfo.InvariantCulture)),
            ("retries", $"{job.RetryCount}/{job.MaxRetries}"),
            ("status_message", job.StatusMessage),
            ("result_summary", job.ResultSummary),
            ("error_code", job.ErrorCode),
            ("idempotency_key", job.IdempotencyKey),
            ("created_at", Timestamp(job.CreatedAt)),
            ("started_at", job.StartedAt is { } started ? Timestamp(started) : null),
            ("completed_at", job.CompletedAt is { } completed ? Timestamp(completed) : null),
        ];
        return fields.Where(f => !string.IsNullOrEmpty(f.Item2)).Select(f => $"{f.Item1 + ":",-18} {f.Item2}");
    }

    public static IEnumerable<string> Table(string[] headers, IReadOnlyList<string[]> rows)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        return rows.Select(Line).Prepend(Line(headers));
    }

    public static string Timestamp(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
