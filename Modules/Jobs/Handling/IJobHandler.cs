namespace GhostHands.Jobs.Handling;

/// <summary>
/// Runs one job type on a worker. Registered in DI; the worker dispatches by <see cref="JobType"/> and fails a job
/// whose type has no handler with <c>unsupported_job_type</c>. A handler returns an explicit outcome; an exception
/// it throws is a retryable <c>unexpected_error</c>.
/// </summary>
public interface IJobHandler
{
    string JobType { get; }

    Task<JobOutcome> ExecuteAsync(JobContext context);
}
