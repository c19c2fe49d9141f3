using GhostHands.Jobs.Queries;
using GhostHands.Schema;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Jobs.Lifecycle;

/// <summary>
/// <c>POST /api/v1/gh/jobs/{id}/retry</c>: a failed, cancelled or expired job (a dead letter) goes back to
/// <c>pending</c> with a fresh retry budget. Its error history stays on the row and in its events.
/// </summary>
public static class RetryJobEndpoint
{
    private static readonly string Sql = $"""
        UPDATE gh_automation_jobs
        SET status = 'pending', worker_id = NULL, completed_at = NULL, started_at = NULL, last_heartbeat = NULL,
            scheduled_at = NULL, retry_count = 0, error_code = NULL, error_details = NULL,
            status_message = 'Retried by request'
        WHERE id = $1 AND status IN ('failed', 'cancelled', 'expired')
        RETURNING {JobRows.Columns}
        """;

    [WolverinePost("/api/v1/gh/jobs/{id}/retry", OperationId = "retryJob")]
    public static async Task<IResult> Post(Guid id, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        if ((await JobRows.ReadAllAsync(command, ct)).FirstOrDefault() is { } retried)
        {
            return Results.Ok(retried);
        }

        return await GetJobEndpoint.FindAsync(db, id, ct) is { } job
            ? JobProblems.InvalidTransition(id, job.Status, "retried", "failed, cancelled or expired").ToResult()
            : JobProblems.NotFound(id).ToResult();
    }
}
