using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;

namespace GhostHands.ServiceDefaults;

/// <summary>
/// The job instruments on the <c>GhostHands</c> meter, measured from the spans every worker already writes (one
/// <c>job &lt;type&gt;</c> span from claim to outcome, one <c>browser &lt;step&gt;</c> span per step), so the numbers in
/// the metrics view and the traces cannot disagree and the job code carries no second set of bookkeeping:
/// <list type="bullet">
/// <item><c>gh.jobs.claimed</c>, <c>gh.jobs.completed</c>, <c>gh.jobs.failed</c> (counters by job type and worker;
/// failures also by <c>error_code</c> when the span names one),</item>
/// <item><c>gh.job.duration</c> (claim to outcome, by job type and outcome) and <c>gh.browser.step.duration</c> (by step).</item>
/// </list>
/// </summary>
internal sealed class JobSpanMetrics : IHostedService, IDisposable
{
    private readonly Counter<long> claimed;
    private readonly Counter<long> completed;
    private readonly Counter<long> failed;
    private readonly Histogram<double> jobDuration;
    private readonly Histogram<double> stepDuration;
    private ActivityListener? listener;

    public JobSpanMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(GhostHandsTelemetry.MeterName);
        claimed = meter.CreateCounter<long>("gh.jobs.claimed", "{job}", "Jobs claimed by a worker.");
        completed = meter.CreateCounter<long>("gh.jobs.completed", "{job}", "Jobs a worker completed.");
        failed = meter.CreateCounter<long>("gh.jobs.failed", "{job}", "Failed attempts (retried or final).");
        jobDuration = meter.CreateHistogram<double>("gh.job.duration", "s", "From the claim until the outcome is known.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10, 30, 60, 120, 300, 600, 1800] });
        stepDuration = meter.CreateHistogram<double>("gh.browser.step.duration", "s", "One browser step.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GhostHandsTelemetry.ActivitySourceName,
            // AllData, not AllDataAndRecorded: the spans exist for these measurements, while exporting them stays the
            // tracer's decision.
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = Started,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(listener);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        listener?.Dispose();
        listener = null;
    }

    private static bool IsJob(Activity activity) =>
        activity.Kind == ActivityKind.Consumer && activity.OperationName.StartsWith("job ", StringComparison.Ordinal);

    private void Started(Activity activity)
    {
        if (IsJob(activity))
        {
            claimed.Add(1, Tag(activity, "gh.job_type", "job_type"), Tag(activity, "gh.worker_id", "worker"));
        }
    }

    private void Stopped(Activity activity)
    {
        if (IsJob(activity))
        {
            var outcome = activity.GetTagItem("gh.outcome")?.ToString() ?? "unknown";
            var jobType = Tag(activity, "gh.job_type", "job_type");
            var worker = Tag(activity, "gh.worker_id", "worker");
            jobDuration.Record(activity.Duration.TotalSeconds, jobType, new("outcome", outcome));
            switch (outcome)
            {
                case "Completed":
                    completed.Add(1, jobType, worker);
                    break;
                case "Failed":
                    failed.Add(1, jobType, worker, Tag(activity, "gh.error_code", "error_code"));
                    break;
            }
        }
        else if (activity.OperationName.StartsWith("browser ", StringComparison.Ordinal))
        {
            stepDuration.Record(activity.Duration.TotalSeconds, Tag(activity, "gh.step", "step"),
                new("status", activity.Status == ActivityStatusCode.Error ? "error" : "ok"));
        }
    }

    private static KeyValuePair<string, object?> Tag(Activity activity, string spanTag, string name) =>
        new(name, activity.GetTagItem(spanTag)?.ToString() ?? "unknown");
}
