using System.Text.Json;

namespace GhostHands.Contracts;

/// <summary>
/// One row of <c>gh_job_events</c>: a status change (<see cref="FromStatus"/> to <see cref="ToStatus"/>, written by
/// trigger) or a step the worker narrated (<see cref="Message"/>). Ids only increase, per job and overall.
/// </summary>
/// <param name="Id">The event id; pass the last one seen to resume a stream or page.</param>
/// <param name="JobId">The job the event belongs to.</param>
/// <param name="EventType">For example <c>job_created</c>, <c>status_changed</c>, <c>step_started</c>.</param>
/// <param name="FromStatus">The status before a status change.</param>
/// <param name="ToStatus">The status after a status change.</param>
/// <param name="Actor">Who caused it: <c>api</c>, a worker id, <c>valet</c>, ...</param>
/// <param name="Message">A short human narration.</param>
/// <param name="Metadata">Event details (a JSON object).</param>
/// <param name="CreatedAt">When it happened.</param>
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
