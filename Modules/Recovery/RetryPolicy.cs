using GhostHands.Jobs.Handling;

namespace GhostHands.Recovery;

/// <summary>Options of <see cref="RetryPolicy"/> (section <c>Retry</c>).</summary>
public sealed class RetryOptions
{
    public const string Section = "Retry";

    /// <summary>Delay before the first retry. Default 10 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound of any delay. Default 10 min.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Each delay is moved at random by up to this fraction either way, so retries do not arrive together. Default 0.2.</summary>
    public double JitterFraction { get; set; } = 0.2;
}

/// <summary>
/// Exponential backoff with jitter: retry n (1-based) waits <c>BaseDelay * 2^(n-1)</c>, capped at <c>MaxDelay</c>,
/// then moved by up to ±<c>JitterFraction</c>. With the defaults: 10 s, 20 s, 40 s, 80 s, 160 s, 320 s, 600 s...
/// Pure: the clock reading and the random sample are arguments.
/// </summary>
public sealed class RetryPolicy(RetryOptions options)
{
    /// <summary>Error codes that no retry can fix; the job fails at once.</summary>
    public static IReadOnlySet<string> NonRetryable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ErrorCodes.UnsupportedJobType,
        ErrorCodes.InvalidInput,
        ErrorCodes.TargetUrlRefused,
        ErrorCodes.BudgetExceeded,
        ErrorCodes.ActionLimitExceeded,
        ErrorCodes.SubmissionRejected,
    };

    /// <summary>The undisturbed delay before retry number <paramref name="retry"/> (1 = first retry).</summary>
    public TimeSpan BaseDelayFor(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var factor = Math.Pow(2, Math.Min(retry - 1, 30));
        var ticks = Math.Min(options.BaseDelay.Ticks * factor, options.MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// When retry number <paramref name="retry"/> may start. <paramref name="sample"/> is uniform in [0, 1) and
    /// chooses the jitter.
    /// </summary>
    public DateTimeOffset NextRetryAt(DateTimeOffset now, int retry, double sample)
    {
        var delay = BaseDelayFor(retry);
        var jitter = (sample * 2 - 1) * options.JitterFraction;
        return now + TimeSpan.FromTicks((long)(delay.Ticks * (1 + jitter)));
    }

    /// <summary>Whether a failure with <paramref name="errorCode"/> after <paramref name="retryCount"/> retries gets another attempt.</summary>
    public static bool ShouldRetry(bool retryable, string errorCode, int retryCount, int maxRetries) =>
        retryable && !NonRetryable.Contains(errorCode) && retryCount < maxRetries;
}
