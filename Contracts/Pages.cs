namespace GhostHands.Contracts;

/// <summary>One page of jobs, newest first, and how many match in total.</summary>
/// <param name="Jobs">The page.</param>
/// <param name="Total">Jobs matching the filters.</param>
/// <param name="Limit">The page size used.</param>
/// <param name="Offset">The offset used.</param>
public sealed record JobPage(IReadOnlyList<Job> Jobs, long Total, int Limit, int Offset);

/// <summary>A page of a job's events, oldest first.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Events">The events after the requested id.</param>
public sealed record JobEventPage(Guid JobId, IReadOnlyList<JobEvent> Events);
