using GhostHands.Jobs.Monitoring;

namespace GhostHands.Api.Monitoring;

/// <summary>One of the contract's alert rules (docs/contract.md, Monitoring), evaluated now.</summary>
internal sealed record Alert(string Name, string Description, string Threshold, double? Value, bool Firing);

/// <summary>
/// The alert thresholds of docs/contract.md, Monitoring. "Queue depth > 20 for > 5 min" is read as more than 20 jobs that have been
/// pending for over 5 minutes; rates and costs use the jobs finished in the last hour.
/// </summary>
internal static class Alerts
{
    public static IReadOnlyList<Alert> Evaluate(MonitoringSnapshot s, ApiLatency latency)
    {
        var topError = s.ErrorsLastHour.OrderByDescending(e => e.Count).FirstOrDefault();
        double? errorShare = s.FinishedLastHour == 0 || topError.Count == 0 ? null : (double)topError.Count / s.FinishedLastHour;
        return
        [
            new("queue_depth", "Pending jobs waiting over 5 minutes", "> 20", s.PendingOlderThan5Min, s.PendingOlderThan5Min > 20),
            new("completion_rate", "Completed share of jobs finished in the last hour", "< 0.7", s.CompletionRate, s.CompletionRate < 0.7),
            new("execution_time_p95", "95th percentile job execution time (s)", "> 300", s.DurationP95, s.DurationP95 > 300),
            new("heartbeat_staleness", "Oldest heartbeat of a claimed job (s)", "> 120", s.MaxHeartbeatStaleness, s.MaxHeartbeatStaleness > 120),
            // Past the last bucket the p99 is +infinity, which JSON cannot carry; the last bound says "at least".
            new("api_latency_p99", "API request duration p99 (s)", "> 2", latency.P99() is { } p99 && double.IsFinite(p99) ? p99 : latency.P99() is null ? null : ApiLatency.Buckets[^1], latency.P99() > 2),
            new("llm_cost_per_job", "Highest language model cost of a job in the last hour (cents)", "> 50", s.LlmCostMax, s.LlmCostMax > 50),
            new("error_rate", $"Share of jobs finished in the last hour with the commonest error code ({topError.ErrorCode ?? "none"})", "> 0.3", errorShare, errorShare > 0.3),
        ];
    }
}
