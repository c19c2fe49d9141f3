namespace GhostHands.Api.Monitoring;

/// <summary>
/// A histogram of API request durations since start, for <c>gh_api_request_duration_seconds</c> and the p99 alert.
/// Lock-free counters per bucket; the p99 is read off the buckets (upper bound of the bucket that holds it).
/// </summary>
internal sealed class ApiLatency
{
    public static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];
    private readonly long[] counts = new long[Buckets.Length + 1];
    private long sumMicroseconds;

    public void Record(TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds;
        var index = Array.FindIndex(Buckets, b => seconds <= b);
        Interlocked.Increment(ref counts[index < 0 ? Buckets.Length : index]);
        Interlocked.Add(ref sumMicroseconds, (long)(elapsed.TotalMilliseconds * 1000));
    }

    public long Count => counts.Sum(c => Interlocked.Read(ref c));

    public double SumSeconds => Interlocked.Read(ref sumMicroseconds) / 1_000_000.0;

    /// <summary>Requests at or under each bucket bound (cumulative), Prometheus style.</summary>
    public long[] Cumulative()
    {
        var result = new long[Buckets.Length];
        long running = 0;
        for (var i = 0; i < Buckets.Length; i++)
        {
            running += Interlocked.Read(ref counts[i]);
            result[i] = running;
        }

        return result;
    }

    public double? P99()
    {
        var total = Count;
        if (total == 0)
        {
            return null;
        }

        var cumulative = Cumulative();
        var index = Array.FindIndex(cumulative, c => c >= Math.Ceiling(total * 0.99));
        return index < 0 ? double.PositiveInfinity : Buckets[index];
    }
}
