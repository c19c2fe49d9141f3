using System.Text.Json;

namespace GhostHands.Jobs;

/// <summary>
/// One row of <c>gh_automation_jobs</c> as VALET reads it: the REST representation (snake_case JSON) and what
/// every module passes around. Its shape is the contract of docs/contract.md plus the runtime columns of
/// migration 008.
/// </summary>
public sealed record Job
{
    public required Guid Id { get; init; }
    public string? IdempotencyKey { get; init; }
    public required Guid UserId { get; init; }
    public required string CreatedBy { get; init; }
    public required string JobType { get; init; }
    public string? TargetUrl { get; init; }
    public required string TaskDescription { get; init; }
    public required JsonElement InputData { get; init; }
    public required int Priority { get; init; }
    public DateTimeOffset? ScheduledAt { get; init; }
    public required int MaxRetries { get; init; }
    public required int RetryCount { get; init; }
    public required int TimeoutSeconds { get; init; }
    public required JobStatus Status { get; init; }
    public string? StatusMessage { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public DateTimeOffset? LastHeartbeat { get; init; }
    public string? WorkerId { get; init; }
    public string? TargetWorkerId { get; init; }
    public string? WorkerAffinity { get; init; }
    public JsonElement? ResultData { get; init; }
    public string? ResultSummary { get; init; }
    public string? ErrorCode { get; init; }
    public JsonElement? ErrorDetails { get; init; }
    public required IReadOnlyList<string> ScreenshotUrls { get; init; }
    public required IReadOnlyList<string> ArtifactUrls { get; init; }
    public required JsonElement Metadata { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public string? CallbackUrl { get; init; }
    public required decimal LlmCostCents { get; init; }
    public required int Attempt { get; init; }
    public Guid? ParentJobId { get; init; }
    public string? TraceParent { get; init; }
    public string? RequestId { get; init; }
    public required JsonElement ErrorHistory { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Browser actions (navigations, fills, clicks) all attempts made; migration 014.</summary>
    public int ActionCount { get; init; }

    /// <summary>Language-model tokens the job was charged for, over all attempts; migration 014.</summary>
    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public long TotalTokens { get; init; }
}
