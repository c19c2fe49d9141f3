using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GhostHands.Jobs;

/// <summary>The RFC 9457 problem documents the jobs API answers with. Each carries a stable <c>code</c>.</summary>
public static class JobProblems
{
    public static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors) =>
        new(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = $"Invalid field(s): {string.Join(", ", errors.Keys)}. Nothing was written.",
            Extensions = { ["code"] = "validation_failed" },
        };

    public static ProblemDetails NotFound(Guid id) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Job not found.",
        Detail = $"No job has id {id}.",
        Extensions = { ["code"] = "job_not_found" },
    };

    public static ProblemDetails DuplicateIdempotencyKey(string key, Guid existingJobId, JobStatus existingStatus) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = "A job with this idempotency key already exists.",
        Detail = $"idempotency_key '{key}' belongs to job {existingJobId} ({existingStatus.ToDb()}); no new job was created.",
        Extensions =
        {
            ["code"] = "duplicate_idempotency_key",
            ["existingJobId"] = existingJobId,
            ["existingStatus"] = existingStatus.ToDb(),
        },
    };

    public static ProblemDetails InvalidTransition(Guid id, JobStatus current, string action, string allowed) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = $"The job cannot be {action} in its current state.",
        Detail = $"Job {id} is {current.ToDb()}; only {allowed} jobs can be {action}.",
        Extensions = { ["code"] = "invalid_status_transition", ["currentStatus"] = current.ToDb() },
    };

    public static IResult ToResult(this ProblemDetails problem) =>
        Results.Problem(problem);
}
