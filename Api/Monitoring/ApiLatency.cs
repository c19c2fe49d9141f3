using System.Diagnostics.Metrics;
using GhostHands.ServiceDefaults;

namespace GhostHands.Api.Monitoring;

/// <summary>
/// The <c>gh.api.request.duration</c> histogram (seconds, requests under <c>/api</c>) on the <c>GhostHands</c> meter,
/// which the OpenTelemetry exporter sends to the dashboard, and the same instrument's measurements summed since start
/// for <c>/monitoring/metrics</c> (<c>gh_api_request_duration_seconds</c>) and the p99 alert. Both therefore count
/// the same requests. The p99 is read off the buckets (upper bound of the bucket that holds it).
/// </summary>
internal sealed class ApiLatency : IDisposable
{
    public static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];
    private readonly long[] counts = new long[Buckets.Length + 1];
    private readonly Histogram<double> duration;
    private readonly MeterListener listener = new();
    private long sumMicroseconds;

    public ApiLatency(IMeterFactory meters)
    {
        // A meter of this host's container: two API hosts in one process (as in the tests) do not share counts.
        duration = meters.Create(GhostHandsTelemetry.MeterName).CreateHistogram<double>(
            "gh.api.request.duration", "s", "Duration of API requests under /api.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument, duration))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => Add(seconds));
        listener.Start();
    }

    public void Record(TimeSpan elapsed, string method, int statusCode) =>
        duration.Record(elapsed.TotalSeconds, new("http.request.method", method), new("http.response.status_code", statusCode));

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

    public void Dispose() => listener.Dispose();

    private void Add(double seconds)
    {
        var index = Array.FindIndex(Buckets, b => seconds <= b);
        Interlocked.Increment(ref counts[index < 0 ? Buckets.Length : index]);
        Interlocked.Add(ref sumMicroseconds, (long)(seconds * 1_000_000));
    }
}
