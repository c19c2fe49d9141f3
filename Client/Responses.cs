using GhostHands.Jobs;

namespace GhostHands.Client;

/// <summary>Filters and paging of <see cref="GhostHandsClient.ListJobsAsync"/>; unset filters match everything.</summary>
public sealed record ListJobsQuery
{
    /// <summary>Only this VALET user's jobs.</summary>
    public Guid? UserId { get; init; }

    /// <summary>Only jobs in one of these statuses.</summary>
    public IReadOnlyList<JobStatus>? Statuses { get; init; }

    /// <summary>Only jobs of this type.</summary>
    public string? JobType { get; init; }

    /// <summary>Only jobs claimed by this worker.</summary>
    public string? WorkerId { get; init; }

    /// <summary>Only jobs routed to this worker.</summary>
    public string? TargetWorkerId { get; init; }

    /// <summary>Page size, 1 to 100; the API's default (20) when null.</summary>
    public int? Limit { get; init; }

    /// <summary>Jobs to skip, newest first.</summary>
    public int? Offset { get; init; }
}

/// <summary>One page of jobs, newest first, and how many match in total.</summary>
/// <param name="Jobs">The page.</param>
/// <param name="Total">Jobs matching the filters.</param>
/// <param name="Limit">The page size used.</param>
/// <param name="Offset">The offset used.</param>
public sealed record JobList(IReadOnlyList<AutomationJob> Jobs, long Total, int Limit, int Offset);

/// <summary>A page of a job's events, oldest first.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Events">The events after the requested id.</param>
public sealed record JobEventList(Guid JobId, IReadOnlyList<AutomationJobEvent> Events);

/// <summary>
/// The outcome of a batch submission (docs/contract.md, Batches): the jobs created, and for every other entry its index in the
/// submitted list and why it was not created. One bad entry never sinks the rest.
/// </summary>
/// <param name="Created">The jobs created, in submission order.</param>
/// <param name="Errors">The entries not created, by index.</param>
/// <param name="ParentJobId">The batch parent, when one was asked for.</param>
public sealed record BatchResult(IReadOnlyList<AutomationJob> Created, IReadOnlyList<BatchJobError> Errors, Guid? ParentJobId = null);

/// <summary>An entry of a batch that was not created.</summary>
/// <param name="Index">Its position in the submitted list.</param>
/// <param name="Code"><c>validation_failed</c> or <c>duplicate_idempotency_key</c>.</param>
/// <param name="Message">Why, in words.</param>
/// <param name="Errors">For <c>validation_failed</c>: the problems, keyed by field name.</param>
/// <param name="ExistingJobId">For <c>duplicate_idempotency_key</c>: the job holding the key.</param>
/// <param name="ExistingStatus">For <c>duplicate_idempotency_key</c>: that job's status.</param>
public sealed record BatchJobError(
    int Index,
    string Code,
    string Message,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    Guid? ExistingJobId = null,
    string? ExistingStatus = null);

/// <summary>A worker in the registry (<c>GET /workers</c>).</summary>
/// <param name="WorkerId">Its <c>--worker-id</c>.</param>
/// <param name="Status"><c>active</c>, <c>draining</c> or <c>offline</c>.</param>
/// <param name="Hostname">The machine it runs on.</param>
/// <param name="ProcessId">Its process id.</param>
/// <param name="Version">Its build version.</param>
/// <param name="MaxConcurrentJobs">Jobs it runs at once at most.</param>
/// <param name="CurrentJobs">The jobs it holds now.</param>
/// <param name="JobsCompleted">Jobs it completed since it registered.</param>
/// <param name="JobsFailed">Jobs that failed on it since it registered.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="LastHeartbeat">Its last heartbeat.</param>
/// <param name="HeartbeatAgeSeconds">Seconds since that heartbeat.</param>
/// <param name="StoppedAt">When it stopped, if it did.</param>
public sealed record WorkerInfo(
    string WorkerId,
    string Status,
    string Hostname,
    int ProcessId,
    string Version,
    int MaxConcurrentJobs,
    IReadOnlyList<Guid> CurrentJobs,
    long JobsCompleted,
    long JobsFailed,
    DateTimeOffset StartedAt,
    DateTimeOffset LastHeartbeat,
    double HeartbeatAgeSeconds,
    DateTimeOffset? StoppedAt);

/// <summary>Whether workers may claim jobs (the emergency stop).</summary>
/// <param name="Paused">True while no worker claims anything.</param>
/// <param name="Reason">Why it was paused.</param>
/// <param name="ChangedBy">Who changed it last.</param>
/// <param name="ChangedAt">When.</param>
public sealed record QueueState(bool Paused, string? Reason, string? ChangedBy, DateTimeOffset ChangedAt);

/// <summary>What a stuck-job recovery did (docs/contract.md, Runbook).</summary>
/// <param name="Requeued">Jobs put back to pending.</param>
/// <param name="Failed">Jobs failed because they had no retries left.</param>
/// <param name="OlderThanSeconds">The heartbeat age that counted as stuck.</param>
public sealed record RecoverStuckResult(int Requeued, int Failed, int OlderThanSeconds);
