using System.Text.Json;
using System.Text.Json.Serialization;

namespace GhostHands.Contracts;

/// <summary>
/// A job as the API answers it (the contract's <c>AutomationJob</c>): one row of <c>gh_automation_jobs</c>, in
/// snake_case JSON (docs/contract.md, Tables), and what every module passes around. <see cref="TargetWorkerId"/> is
/// the worker the job was routed to, <see cref="WorkerId"/> the worker that claimed it.
/// </summary>
public sealed record Job
{
    /// <summary>The job's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The submitter's deduplication key, unique across all jobs; null when none was given.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The VALET user the job acts for.</summary>
    public required Guid UserId { get; init; }

    /// <summary>Who created the row: <c>api</c> for REST submissions, <c>valet</c> for direct inserts by default.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>One of <see cref="JobTypes"/>, or <c>batch</c> for the parent of a batch.</summary>
    public required string JobType { get; init; }

    /// <summary>The page the job acts on; null for types that need none.</summary>
    public string? TargetUrl { get; init; }

    /// <summary>What the job should do, in words.</summary>
    public required string TaskDescription { get; init; }

    /// <summary>The job's input (a JSON object), as submitted.</summary>
    public required JsonElement InputData { get; init; }

    /// <summary>1 (runs first) to 10.</summary>
    public required int Priority { get; init; }

    /// <summary>Not claimed before this instant; null means as soon as possible.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>Automatic retries allowed after a retryable failure.</summary>
    public required int MaxRetries { get; init; }

    /// <summary>Automatic retries used so far.</summary>
    public required int RetryCount { get; init; }

    /// <summary>Limit of one attempt, in seconds.</summary>
    public required int TimeoutSeconds { get; init; }

    /// <summary>Where the job is in its life.</summary>
    public required JobStatus Status { get; init; }

    /// <summary>A short human description of the current state.</summary>
    public string? StatusMessage { get; init; }

    /// <summary>When the current or last attempt started running.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the job reached a terminal status.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The owning worker's last sign of life.</summary>
    public DateTimeOffset? LastHeartbeat { get; init; }

    /// <summary>The worker that claimed the job (while it runs, and afterwards).</summary>
    public string? WorkerId { get; init; }

    /// <summary>The worker the job was routed to (docs/contract.md, Routing); null means any worker.</summary>
    public string? TargetWorkerId { get; init; }

    /// <summary><c>strict</c>, <c>preferred</c> or <c>any</c> (see <see cref="Contracts.WorkerAffinity"/>); null without a target.</summary>
    public string? WorkerAffinity { get; init; }

    /// <summary>What the handler produced, when it completed.</summary>
    public JsonElement? ResultData { get; init; }

    /// <summary>One line summing up the result.</summary>
    public string? ResultSummary { get; init; }

    /// <summary>Why the last attempt failed, as a stable code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Details of the last failure or recovery.</summary>
    public JsonElement? ErrorDetails { get; init; }

    /// <summary>URLs of the screenshots taken, served by the API.</summary>
    public required IReadOnlyList<string> ScreenshotUrls { get; init; }

    /// <summary>URLs of the other artifacts, served by the API.</summary>
    public required IReadOnlyList<string> ArtifactUrls { get; init; }

    /// <summary>The submitter's metadata (a JSON object), as submitted.</summary>
    public required JsonElement Metadata { get; init; }

    /// <summary>Free-form labels.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Where the final state is POSTed, if anywhere.</summary>
    public string? CallbackUrl { get; init; }

    /// <summary>Language-model spend of the job, in cents.</summary>
    public required decimal LlmCostCents { get; init; }

    /// <summary>The attempt number; increases with every claim.</summary>
    public required int Attempt { get; init; }

    /// <summary>The batch parent, for a job created with <c>parent: true</c>.</summary>
    public Guid? ParentJobId { get; init; }

    /// <summary>W3C trace context of the submitting request.</summary>
    public string? TraceParent { get; init; }

    /// <summary>The API request that created the job.</summary>
    public string? RequestId { get; init; }

    /// <summary>Every failed attempt's error, oldest first (a JSON array).</summary>
    public required JsonElement ErrorHistory { get; init; }

    /// <summary>When the job was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the row last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Browser actions (navigations, fills, clicks) over all attempts, counted against the job's action limit.</summary>
    public int ActionCount { get; init; }

    /// <summary>Language-model input tokens the job was charged for, over all attempts.</summary>
    public long InputTokens { get; init; }

    /// <summary>Language-model output tokens the job was charged for, over all attempts.</summary>
    public long OutputTokens { get; init; }

    /// <summary>Input plus output tokens.</summary>
    public long TotalTokens { get; init; }

    /// <summary>True once the job is completed, failed, cancelled or expired.</summary>
    [JsonIgnore]
    public bool IsTerminal => Status.IsTerminal();
}
