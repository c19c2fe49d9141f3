using System.Text.Json;

namespace GhostHands.Jobs;

/// <summary>
/// The contract's <c>CreateJobParams</c>: the body of <c>POST /api/v1/gh/jobs</c>, one element of a batch, and what the
/// client's direct-database mode inserts. Serialized as snake_case JSON (<c>job_type</c>, <c>target_worker_id</c>, ...).
/// Optional fields are nullable so that "omitted" takes the documented default.
/// </summary>
public sealed record CreateJobParams
{
    public string? JobType { get; init; }
    public string? TargetUrl { get; init; }
    public string? TaskDescription { get; init; }
    public JsonElement? InputData { get; init; }
    public string? UserId { get; init; }
    public int? Priority { get; init; }
    public DateTimeOffset? ScheduledAt { get; init; }
    public int? MaxRetries { get; init; }
    public int? TimeoutSeconds { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public string? IdempotencyKey { get; init; }
    public JsonElement? Metadata { get; init; }
    public string? CallbackUrl { get; init; }
    public string? TargetWorkerId { get; init; }
    public string? WorkerAffinity { get; init; }
    public string? CreatedBy { get; init; }

    /// <summary>Fields set here win; unset ones come from <paramref name="defaults"/> (batch <c>defaults</c>).</summary>
    public CreateJobParams WithDefaults(CreateJobParams? defaults) => defaults is null ? this : new CreateJobParams
    {
        JobType = JobType ?? defaults.JobType,
        TargetUrl = TargetUrl ?? defaults.TargetUrl,
        TaskDescription = TaskDescription ?? defaults.TaskDescription,
        InputData = InputData ?? defaults.InputData,
        UserId = UserId ?? defaults.UserId,
        Priority = Priority ?? defaults.Priority,
        ScheduledAt = ScheduledAt ?? defaults.ScheduledAt,
        MaxRetries = MaxRetries ?? defaults.MaxRetries,
        TimeoutSeconds = TimeoutSeconds ?? defaults.TimeoutSeconds,
        Tags = Tags ?? defaults.Tags,
        IdempotencyKey = IdempotencyKey ?? defaults.IdempotencyKey,
        Metadata = Metadata ?? defaults.Metadata,
        CallbackUrl = CallbackUrl ?? defaults.CallbackUrl,
        TargetWorkerId = TargetWorkerId ?? defaults.TargetWorkerId,
        WorkerAffinity = WorkerAffinity ?? defaults.WorkerAffinity,
        CreatedBy = CreatedBy ?? defaults.CreatedBy,
    };
}
