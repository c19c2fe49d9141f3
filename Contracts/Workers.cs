namespace GhostHands.Contracts;

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
public sealed record WorkerView(
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

/// <summary>The body of <c>GET /workers</c>.</summary>
/// <param name="Workers">Every registered worker.</param>
public sealed record WorkerList(IReadOnlyList<WorkerView> Workers);
