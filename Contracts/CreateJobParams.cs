using System.Text.Json;

namespace GhostHands.Contracts;

/// <summary>
/// The contract's <c>CreateJobParams</c>: the body of <c>POST /api/v1/gh/jobs</c>, one element of a batch, and what the
/// client's direct-database mode inserts. Serialized as snake_case JSON (<c>job_type</c>, <c>target_worker_id</c>, ...).
/// Optional fields are nullable so that "omitted" takes the documented default.
/// </summary>
public sealed record CreateJobParams
{
    /// <summary><c>job_type</c>: one of <see cref="JobTypes"/>. Required.</summary>
    public string? JobType { get; init; }
    /// <summary><c>target_url</c>: an absolute http(s) URL; required for <c>apply</c>, <c>scrape</c> and <c>fill_form</c>.</summary>
    public string? TargetUrl { get; init; }
    /// <summary><c>task_description</c>: what the job should do, in words (at most 2000 characters).</summary>
    public string? TaskDescription { get; init; }
    /// <summary><c>input_data</c>: the job's input, a JSON object (for <c>apply</c>, the applicant profile under <c>userData</c>).</summary>
    public JsonElement? InputData { get; init; }
    /// <summary><c>user_id</c>: the VALET user's UUID. Required.</summary>
    public string? UserId { get; init; }
    /// <summary><c>priority</c>: 1 (runs first) to 10; default 5.</summary>
    public int? Priority { get; init; }
    /// <summary><c>scheduled_at</c>: not claimed before this instant.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }
    /// <summary><c>max_retries</c>: 0 to 10 automatic retries; default 3.</summary>
    public int? MaxRetries { get; init; }
    /// <summary><c>timeout_seconds</c>: 30 to 1800 seconds per attempt; default 300.</summary>
    public int? TimeoutSeconds { get; init; }
    /// <summary><c>tags</c>: up to 20 labels of at most 64 characters.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
    /// <summary><c>idempotency_key</c>: a second submission with the same key creates nothing (docs/contract.md, REST).</summary>
    public string? IdempotencyKey { get; init; }
    /// <summary><c>metadata</c>: anything the submitter wants kept with the job, a JSON object.</summary>
    public JsonElement? Metadata { get; init; }
    /// <summary><c>callback_url</c>: where the job's final state is POSTed.</summary>
    public string? CallbackUrl { get; init; }
    /// <summary><c>target_worker_id</c>: the worker started with <c>--worker-id=&lt;value&gt;</c>; null means any worker (docs/contract.md, Routing).</summary>
    public string? TargetWorkerId { get; init; }
    /// <summary><c>worker_affinity</c>: <c>strict</c> (the default with a target), <c>preferred</c> or <c>any</c>; see <see cref="Contracts.WorkerAffinity"/>.</summary>
    public string? WorkerAffinity { get; init; }
    /// <summary><c>created_by</c>: who submits, 1 to 100 characters; <c>api</c> over REST when unset.</summary>
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
