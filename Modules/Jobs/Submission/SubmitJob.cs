using System.Diagnostics;
using GhostHands.Jobs.Outbound;
using GhostHands.Schema;
using GhostHands.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Jobs.Submission;

/// <summary>
/// <c>POST /api/v1/gh/jobs</c>: validates a job and inserts it (channel 2). 201 with the job and a Location header;
/// 400 naming each bad field; 409 with <c>existingJobId</c> and <c>existingStatus</c> when the idempotency key is
/// taken. Redelivery-safe: the same idempotency key never creates a second row.
/// </summary>
public static class SubmitJobEndpoint
{
    public static ProblemDetails Validate(CreateJobParams request, AddressGuard guard)
    {
        var errors = JobRules.Validate(request);
        CheckCallbackAddress(request, guard, errors);
        return errors.Count == 0 ? WolverineContinue.NoProblems : JobProblems.Validation(errors);
    }

    /// <summary>
    /// A callback_url whose host is an address the guard refuses is refused here, where the caller learns of it; a host
    /// name can only be judged when the callback is sent (a <c>callback_refused</c> event then).
    /// </summary>
    internal static void CheckCallbackAddress(CreateJobParams request, AddressGuard guard, Dictionary<string, string[]> errors)
    {
        if (!errors.ContainsKey("callback_url") && request.CallbackUrl is { } url && guard.CheckLiteral(url) is { } refusal)
        {
            errors["callback_url"] = [$"callback_url is refused: {refusal} Callbacks go only to public addresses unless GH_TARGET_ALLOWLIST allows it."];
        }
    }

    [WolverinePost("/api/v1/gh/jobs", OperationId = "createJob")]
    public static async Task<IResult> Post(CreateJobParams request, NpgsqlDataSource db, HttpContext http, CancellationToken ct)
    {
        var job = JobRules.Normalize(request) with
        {
            TraceParent = Activity.Current?.Id,
            RequestId = http.TraceIdentifier,
        };

        await using var connection = await db.OpenConnectionAsync(ct);
        var result = (await InsertJobs.InsertAsync(connection, [job], ct))[0];
        if (result.Created is not null)
        {
            GhostHandsTelemetry.JobsCreated.Add(1, new KeyValuePair<string, object?>("job_type", job.JobType));
        }

        return result.Created is { } created
            ? Results.Created($"/api/v1/gh/jobs/{created.Id}", created)
            : JobProblems.DuplicateIdempotencyKey(job.IdempotencyKey!, result.ExistingJobId!.Value, result.ExistingStatus!.Value).ToResult();
    }
}
