using GhostHands.Jobs.Handling;

namespace GhostHands.Routing.Runtime;

/// <summary>Finds the handler registered for a job's type; a type without one fails with <c>unsupported_job_type</c> (docs/contract.md, Job types).</summary>
public sealed class JobDispatcher(IEnumerable<IJobHandler> handlers)
{
    private readonly Dictionary<string, IJobHandler> byType = handlers.ToDictionary(h => h.JobType, StringComparer.Ordinal);

    public IReadOnlyCollection<string> SupportedTypes => byType.Keys;

    public Task<JobOutcome> ExecuteAsync(JobContext context) =>
        byType.TryGetValue(context.Job.JobType, out var handler)
            ? handler.ExecuteAsync(context)
            : Task.FromResult<JobOutcome>(JobOutcome.Fail(
                ErrorCodes.UnsupportedJobType,
                $"No handler for job_type '{context.Job.JobType}' on worker {context.WorkerId}; supported: {string.Join(", ", byType.Keys.Order())}.",
                retryable: false));
}
