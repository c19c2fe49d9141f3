using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GhostHands.ServiceDefaults;

/// <summary>The <c>GhostHands</c> activity source and meter every module reports through.</summary>
public static class GhostHandsTelemetry
{
    public const string ActivitySourceName = "GhostHands";
    public const string MeterName = "GhostHands";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
    public static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// <c>gh.jobs.created</c>: jobs the API created (single and batch, by job type). Jobs inserted straight into the
    /// table are not seen here; <c>gh.queue.depth</c> counts them once they wait.
    /// </summary>
    public static readonly Counter<long> JobsCreated = Meter.CreateCounter<long>("gh.jobs.created", "{job}", "Jobs created through the API.");
}
