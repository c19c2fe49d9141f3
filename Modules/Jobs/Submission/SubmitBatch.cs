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
/// Body of <c>POST /api/v1/gh/jobs/batch</c>: 1 to 50 jobs, optional defaults applied to each, and whether to track
/// them under one parent job (docs/contract.md, Batches) whose status follows its children.
/// </summary>
public sealed record SubmitBatch(IReadOnlyList<CreateJobParams>? Jobs, CreateJobParams? Defaults, bool? Parent);

/// <summary>
/// <c>POST /api/v1/gh/jobs/batch</c>: creates every valid job of the batch in one transaction and reports the
/// others by index (invalid fields, or a taken idempotency key), so one bad entry never sinks the rest.
/// </summary>
public static class SubmitBatchEndpoint
{
    public const int MaxJobs = 50;

    public static ProblemDetails Validate(SubmitBatch batch) =>
        batch.Jobs is { Count: >= 1 and <= MaxJobs }
            ? WolverineContinue.NoProblems
            : JobProblems.Validation(new Dictionary<string, string[]>
            {
                ["jobs"] = [$"jobs must be an array of 1 to {MaxJobs} job objects."],
            });

    [WolverinePost("/api/v1/gh/jobs/batch", OperationId = "createBatch")]
    public static async Task<IResult> Post(SubmitBatch batch, NpgsqlDataSource db, AddressGuard guard, HttpContext http, CancellationToken ct)
    {
        var errors = new List<BatchError>();
        var accepted = new List<(int Index, NewJob Job)>();
        for (var i = 0; i < batch.Jobs!.Count; i++)
        {
            var request = (batch.Jobs[i] ?? new CreateJobParams()).WithDefaults(batch.Defaults);
            var problems = JobRules.Validate(request);
            SubmitJobEndpoint.CheckCallbackAddress(request, guard, problems);
            if (problems.Count > 0)
            {
                errors.Add(new BatchError(i, "validation_failed", $"Invalid field(s): {string.Join(", ", problems.Keys)}.", problems));
                continue;
            }

            accepted.Add((i, JobRules.Normalize(request) with { TraceParent = Activity.Current?.Id, RequestId = http.TraceIdentifier }));
        }

        var created = new List<Job>();
        Guid? parentId = null;
        if (accepted.Count > 0)
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            if (batch.Parent == true)
            {
                parentId = await InsertJobs.InsertBatchParentAsync(connection, accepted[0].Job.UserId, accepted.Count, http.TraceIdentifier, ct);
                accepted = accepted.ConvertAll(a => (a.Index, a.Job with { ParentJobId = parentId }));
            }

            var results = await InsertJobs.InsertAsync(connection, accepted.ConvertAll(a => a.Job), ct);
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Created is { } job)
                {
                    created.Add(job);
                }
                else
                {
                    errors.Add(new BatchError(
                        accepted[i].Index,
                        "duplicate_idempotency_key",
                        $"idempotency_key '{accepted[i].Job.IdempotencyKey}' belongs to job {results[i].ExistingJobId}.",
                        ExistingJobId: results[i].ExistingJobId,
                        ExistingStatus: results[i].ExistingStatus?.ToDb()));
                }
            }

            if (created.Count > 0)
            {
                await transaction.CommitAsync(ct);
                foreach (var job in created)
                {
                    GhostHandsTelemetry.JobsCreated.Add(1, new KeyValuePair<string, object?>("job_type", job.JobType));
                }
            }
        }

        errors.Sort((a, b) => a.Index.CompareTo(b.Index));
        if (created.Count == 0)
        {
            return Results.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "No job of the batch could be created.",
                Detail = "Every job was invalid or a duplicate; see errors by index. Nothing was written.",
                Extensions = { ["code"] = "batch_rejected", ["errors"] = errors },
            });
        }

        return Results.Json(new BatchCreated(created, errors, parentId), statusCode: StatusCodes.Status201Created);
    }
}
