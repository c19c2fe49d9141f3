using System.Text.Json;

namespace GhostHands.Jobs.Handling;

/// <summary>How an attempt ended. Exactly one is recorded per attempt, fenced by worker id and attempt.</summary>
public abstract record JobOutcome
{
    private JobOutcome()
    {
    }

    /// <summary>Done: <c>completed</c> with a result and a one-sentence summary a person can read.</summary>
    public sealed record Completed(JsonElement? ResultData, string Summary) : JobOutcome;

    /// <summary>
    /// Did not work. Retryable failures go back to <c>pending</c> with backoff while retries remain; others, and the
    /// last retry, end <c>failed</c> (a dead letter).
    /// </summary>
    public sealed record Failed(string ErrorCode, string Message, bool Retryable, JsonElement? Details = null) : JobOutcome;

    /// <summary>Needs a person (an unanswerable question, a captcha, a login wall): <c>paused</c> until resumed.</summary>
    public sealed record Paused(string EventType, string Message, JsonElement? Details = null) : JobOutcome;

    /// <summary>Not now: back to <c>pending</c> after <paramref name="Delay"/>, without spending a retry.</summary>
    public sealed record Snoozed(TimeSpan Delay, string Message) : JobOutcome;

    public static Completed Complete(string summary, object? result = null) =>
        new(result is null ? null : JsonSerializer.SerializeToElement(result, JobsModule.JsonOptions), summary);

    public static Failed Fail(string errorCode, string message, bool retryable, object? details = null) =>
        new(errorCode, message, retryable, details is null ? null : JsonSerializer.SerializeToElement(details, JobsModule.JsonOptions));
}
