using GhostHands.Contracts;

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

