using GhostHands.Jobs;
using GhostHands.Jobs.Handling;

namespace GhostHands.Routing;

/// <summary><c>system.ping</c>: completes at once, without a browser. For smoke tests and queue benchmarks.</summary>
public sealed class SystemPingHandler(TimeProvider time) : IJobHandler
{
    public string JobType => JobTypes.SystemPing;

    public Task<JobOutcome> ExecuteAsync(JobContext context) =>
        Task.FromResult<JobOutcome>(JobOutcome.Complete(
            $"Pong from worker {context.WorkerId}.",
            new { pong = true, worker_id = context.WorkerId, answered_at = time.GetUtcNow() }));
}
