namespace GhostHands.Contracts;

/// <summary>
/// The outcome of a batch submission (docs/contract.md, Batches): the jobs created, and for every other entry its index in the
/// submitted list and why it was not created. One bad entry never sinks the rest.
/// </summary>
/// <param name="Created">The jobs created, in submission order.</param>
/// <param name="Errors">The entries not created, by index.</param>
/// <param name="ParentJobId">The batch parent, when one was asked for.</param>
public sealed record BatchCreated(IReadOnlyList<Job> Created, IReadOnlyList<BatchError> Errors, Guid? ParentJobId = null);

/// <summary>An entry of a batch that was not created.</summary>
/// <param name="Index">Its position in the submitted list.</param>
/// <param name="Code"><c>validation_failed</c> or <c>duplicate_idempotency_key</c>.</param>
/// <param name="Message">Why, in words.</param>
/// <param name="Errors">For <c>validation_failed</c>: the problems, keyed by field name.</param>
/// <param name="ExistingJobId">For <c>duplicate_idempotency_key</c>: the job holding the key.</param>
/// <param name="ExistingStatus">For <c>duplicate_idempotency_key</c>: that job's status.</param>
public sealed record BatchError(
    int Index,
    string Code,
    string Message,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    Guid? ExistingJobId = null,
    string? ExistingStatus = null);
