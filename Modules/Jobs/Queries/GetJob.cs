using GhostHands.Schema;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Jobs.Queries;

/// <summary>The slim view of <c>GET /jobs/{id}/status</c>, for frequent polling.</summary>
public sealed record JobStatusView(
    Guid Id,
    JobStatus Status,
    string? StatusMessage,
    string? WorkerId,
    string? TargetWorkerId,
    int RetryCount,
    string? ErrorCode,
    string? ResultSummary,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset UpdatedAt);

/// <summary><c>GET /api/v1/gh/jobs/{id}</c> and <c>GET /api/v1/gh/jobs/{id}/status</c>.</summary>
public static class GetJobEndpoint
{
    private static readonly string Sql = $"SELECT {JobRows.Columns} FROM gh_automation_jobs WHERE id = $1";

    // Not named LoadAsync, which Wolverine would run before each endpoint below (GetJobEvents.cs says why).
    public static async Task<Job?> FindAsync(NpgsqlDataSource db, Guid id, CancellationToken ct)
    {
        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return (await JobRows.ReadAllAsync(command, ct)).FirstOrDefault();
    }

    [WolverineGet("/api/v1/gh/jobs/{id}", OperationId = "getJob")]
    public static async Task<IResult> Get(Guid id, NpgsqlDataSource db, CancellationToken ct) =>
        await FindAsync(db, id, ct) is { } job ? Results.Ok(job) : JobProblems.NotFound(id).ToResult();

    [WolverineGet("/api/v1/gh/jobs/{id}/status", OperationId = "getJobStatus")]
    public static async Task<IResult> GetStatus(Guid id, NpgsqlDataSource db, CancellationToken ct) =>
        await FindAsync(db, id, ct) is { } job
            ? Results.Ok(new JobStatusView(job.Id, job.Status, job.StatusMessage, job.WorkerId, job.TargetWorkerId,
                job.RetryCount, job.ErrorCode, job.ResultSummary, job.StartedAt, job.CompletedAt, job.UpdatedAt))
            : JobProblems.NotFound(id).ToResult();
}
