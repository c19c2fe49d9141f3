using System.Diagnostics;
using GhostHands.Jobs.Database;
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
    public static ProblemDetails Validate(CreateJobParams request)
    {
        var errors = JobRules.Validate(request);
        return errors.Count == 0 ? WolverineContinue.NoProblems : JobProblems.Validation(errors);
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
