using System.Net;
using GhostHands.Contracts;

namespace GhostHands.Client;

/// <summary>The API (or, in direct mode, the shared validation rules) refused a request; <see cref="Problem"/> says why.</summary>
public class GhostHandsException : Exception
{
    /// <summary>Creates the exception for <paramref name="problem"/>.</summary>
    public GhostHandsException(ApiProblem problem)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).ToString())
    {
        Problem = problem;
    }

    /// <summary>The problem document.</summary>
    public ApiProblem Problem { get; }

    /// <summary>The HTTP status, when the API answered.</summary>
    public HttpStatusCode? StatusCode => Problem.Status is { } status ? (HttpStatusCode)status : null;

    /// <summary>GhostHands' stable error code (<see cref="ApiProblem.Code"/>).</summary>
    public string? Code => Problem.Code;
}

/// <summary>
/// The idempotency key is already taken (HTTP 409, code <c>duplicate_idempotency_key</c>): no job was created, and
/// <see cref="ExistingJobId"/> is the job holding the key. A submission the client retried after a lost response
/// can end here too, with the job its first attempt created.
/// </summary>
public sealed class DuplicateIdempotencyKeyException : GhostHandsException
{
    /// <summary>The stable error code of this problem.</summary>
    public const string ErrorCode = "duplicate_idempotency_key";

    /// <summary>Creates the exception from the problem document and the two ids it names.</summary>
    public DuplicateIdempotencyKeyException(ApiProblem problem, string? idempotencyKey, Guid existingJobId, JobStatus existingStatus)
        : base(problem)
    {
        IdempotencyKey = idempotencyKey;
        ExistingJobId = existingJobId;
        ExistingStatus = existingStatus;
    }

    /// <summary>The key that was submitted.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>The job that already holds the key.</summary>
    public Guid ExistingJobId { get; }

    /// <summary>That job's status when the submission was refused.</summary>
    public JobStatus ExistingStatus { get; }
}
