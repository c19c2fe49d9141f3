using GhostHands.Recovery;

namespace GhostHands.Tests.Recovery;

public sealed class WhenComputingTheNextRetry
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly RetryPolicy policy = new(new RetryOptions());

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(4, 80)]
    [InlineData(5, 160)]
    [InlineData(6, 320)]
    [InlineData(7, 600)]
    [InlineData(30, 600)]
    public void The_base_delay_doubles_from_10_s_and_stops_at_10_min(int retry, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), policy.BaseDelayFor(retry));

    [Theory]
    [InlineData(0.0, 8)]
    [InlineData(0.5, 10)]
    [InlineData(0.999999, 12)]
    public void Jitter_moves_the_delay_by_at_most_20_percent(double sample, int seconds) =>
        Assert.Equal(Now + TimeSpan.FromSeconds(seconds), policy.NextRetryAt(Now, 1, sample), TimeSpan.FromMilliseconds(1));

    [Fact]
    public void Options_change_the_table()
    {
        var fast = new RetryPolicy(new RetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(3), JitterFraction = 0 });

        Assert.Equal([1, 2, 3, 3], Enumerable.Range(1, 4).Select(r => fast.BaseDelayFor(r).TotalSeconds));
    }

    [Theory]
    [InlineData(true, "timeout", 0, 3, true)]
    [InlineData(true, "timeout", 2, 3, true)]
    [InlineData(true, "timeout", 3, 3, false)]
    [InlineData(false, "timeout", 0, 3, false)]
    [InlineData(true, "unsupported_job_type", 0, 3, false)]
    [InlineData(true, "budget_exceeded", 0, 3, false)]
    [InlineData(true, "submission_rejected", 0, 3, false)]
    [InlineData(true, "submission_not_confirmed", 0, 3, true)]
    [InlineData(true, "browser_crashed", 0, 0, false)]
    public void Only_retryable_codes_with_retries_left_are_retried(bool retryable, string code, int retryCount, int maxRetries, bool expected) =>
        Assert.Equal(expected, RetryPolicy.ShouldRetry(retryable, code, retryCount, maxRetries));
}
