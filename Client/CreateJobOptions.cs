using System.Text.Json;
using GhostHands.Contracts;

namespace GhostHands.Client;

/// <summary>
/// The contract's <c>CreateJobOptions</c>: the convenient way to describe a job, with the user passed separately
/// (<c>CreateJobAsync(userId, options)</c>) and input data and metadata as plain objects.
/// <see cref="ToParams"/> turns it into the wire-level <see cref="CreateJobParams"/>; the API validates either.
/// </summary>
public sealed record CreateJobOptions
{
    /// <summary>One of <see cref="JobTypes"/>. Required.</summary>
    public required string JobType { get; init; }

    /// <summary>Absolute http(s) URL; required for <c>apply</c>, <c>scrape</c> and <c>fill_form</c>.</summary>
    public string? TargetUrl { get; init; }

    /// <summary>What the job should do, in words (at most 2000 characters).</summary>
    public string? TaskDescription { get; init; }

    /// <summary>
    /// The job's input: any object that serializes to a JSON object (an anonymous object, a dictionary, a
    /// <see cref="JsonElement"/> or <see cref="System.Text.Json.Nodes.JsonObject"/>). Property names are kept as written.
    /// </summary>
    public object? InputData { get; init; }

    /// <summary>1 (runs first) to 10; default 5.</summary>
    public int? Priority { get; init; }

    /// <summary>Not before this instant.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>0 to 10 automatic retries; default 3.</summary>
    public int? MaxRetries { get; init; }

    /// <summary>30 to 1800 seconds per attempt; default 300.</summary>
    public int? TimeoutSeconds { get; init; }

    /// <summary>Up to 20 labels.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Deduplication key: a second submission with the same key creates nothing and fails with <see cref="DuplicateIdempotencyKeyException"/>.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Anything the submitter wants kept with the job (serialized like <see cref="InputData"/>).</summary>
    public object? Metadata { get; init; }

    /// <summary>Where to POST the job's final state.</summary>
    public string? CallbackUrl { get; init; }

    /// <summary>Route the job to the worker started with <c>--worker-id=&lt;value&gt;</c>; null means any worker (docs/contract.md, Routing).</summary>
    public string? TargetWorkerId { get; init; }

    /// <summary><c>strict</c> (default with a target), <c>preferred</c> or <c>any</c>; see <see cref="Contracts.WorkerAffinity"/>.</summary>
    public string? WorkerAffinity { get; init; }

    /// <summary>The wire-level request for <paramref name="userId"/>.</summary>
    public CreateJobParams ToParams(Guid userId) => new()
    {
        JobType = JobType,
        TargetUrl = TargetUrl,
        TaskDescription = TaskDescription,
        InputData = ToJson(InputData),
        UserId = userId.ToString(),
        Priority = Priority,
        ScheduledAt = ScheduledAt,
        MaxRetries = MaxRetries,
        TimeoutSeconds = TimeoutSeconds,
        Tags = Tags,
        IdempotencyKey = IdempotencyKey,
        Metadata = ToJson(Metadata),
        CallbackUrl = CallbackUrl,
        TargetWorkerId = TargetWorkerId,
        WorkerAffinity = WorkerAffinity,
    };

    // Default options: the caller's property names are the keys the handlers read (userData, qaOverrides, first_name).
    private static JsonElement? ToJson(object? value) => value switch
    {
        null => null,
        JsonElement element => element,
        _ => JsonSerializer.SerializeToElement(value, value.GetType(), JsonSerializerOptions.Default),
    };
}
