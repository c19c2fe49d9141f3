using GhostHands.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Jobs.Queries;

/// <summary>Aggregate status of a batch: the parent's status and its children counted by status.</summary>
public sealed record BatchStatus(Guid ParentJobId, JobStatus Status, int Total, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<Guid> ChildJobIds);

/// <summary><c>GET /api/v1/gh/jobs/{id}/batch</c>: for a batch parent (docs/contract.md, Batches), what its children are doing.</summary>
public static class GetBatchEndpoint
{
    private const string Sql = "SELECT id, status FROM gh_automation_jobs WHERE parent_job_id = $1 ORDER BY created_at, id";

    [WolverineGet("/api/v1/gh/jobs/{id}/batch", OperationId = "getBatchStatus")]
    public static async Task<IResult> Get(Guid id, NpgsqlDataSource db, CancellationToken ct)
    {
        if (await GetJobEndpoint.FindAsync(db, id, ct) is not { } parent)
        {
            return JobProblems.NotFound(id).ToResult();
        }

        if (parent.JobType != "batch")
        {
            return Results.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not a batch.",
                Detail = $"Job {id} is a {parent.JobType} job, not the parent of a batch.",
                Extensions = { ["code"] = "not_a_batch" },
            });
        }

        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        var children = new List<(Guid Id, string Status)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                children.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }

        var counts = JobStatuses.All.ToDictionary(s => s, s => children.Count(c => c.Status == s));
        return Results.Ok(new BatchStatus(id, parent.Status, children.Count, counts, children.ConvertAll(c => c.Id)));
    }
}
