using System.Text.Json;

namespace GhostHands.Jobs;

/// <summary>One row of <c>gh_job_events</c>: a status change (written by trigger) or a step the worker narrated.</summary>
public sealed record JobEvent(
    long Id,
    Guid JobId,
    string EventType,
    string? FromStatus,
    string? ToStatus,
    string Actor,
    string? Message,
    JsonElement Metadata,
    DateTimeOffset CreatedAt);
