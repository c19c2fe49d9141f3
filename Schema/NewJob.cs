using GhostHands.Contracts;

namespace GhostHands.Schema;

/// <summary>A <see cref="CreateJobParams"/> that passed <see cref="JobRules"/>: every default applied, ready to insert.</summary>
public sealed record NewJob
{
    public required string JobType { get; init; }
    public string? TargetUrl { get; init; }
    public required string TaskDescription { get; init; }
    public required string InputData { get; init; }
    public required Guid UserId { get; init; }
    public required int Priority { get; init; }
    public DateTimeOffset? ScheduledAt { get; init; }
    public required int MaxRetries { get; init; }
    public required int TimeoutSeconds { get; init; }
    public required string[] Tags { get; init; }
    public string? IdempotencyKey { get; init; }
    public required string Metadata { get; init; }
    public string? CallbackUrl { get; init; }
    public string? TargetWorkerId { get; init; }
    public string? WorkerAffinity { get; init; }
    public required string CreatedBy { get; init; }
    public Guid? ParentJobId { get; init; }
    public string? TraceParent { get; init; }
    public string? RequestId { get; init; }
}
