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
}
