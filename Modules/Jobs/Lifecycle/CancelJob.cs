using GhostHands.Jobs.Queries;
using GhostHands.Schema;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Jobs.Lifecycle;

/// <summary>Optional body of the cancel endpoint.</summary>
public sealed record CancelJob(string? Reason);

/// <summary>
/// <c>POST /api/v1/gh/jobs/{id}/cancel</c>: a pending, queued, running or paused job ends <c>cancelled</c> at once.
/// A worker running it is told through the database (trigger <c>gh_notify_job_cancelled</c>) and stops; its later
/// writes are fenced off by status. Idempotent: cancelling a cancelled job answers 409 and changes nothing.
/// </summary>
public static class CancelJobEndpoint
{
    private static readonly string Sql = $"""
        UPDATE gh_automation_jobs
        SET status = 'cancelled', completed_at = now(), status_message = $2, error_code = NULL
        WHERE id = $1 AND status IN ('pending', 'queued', 'running', 'paused')
        RETURNING {JobRows.Columns}
        """;

    [WolverinePost("/api/v1/gh/jobs/{id}/cancel", OperationId = "cancelJob")]
    public static async Task<IResult> Post(Guid id, HttpRequest http, NpgsqlDataSource db, CancellationToken ct)
    {
        var body = await http.ReadJsonBodyAsync<CancelJob>(ct);
        if (body?.Reason is { Length: > 500 })
        {
            return JobProblems.Validation(new Dictionary<string, string[]> { ["reason"] = ["reason must be at most 500 characters."] }).ToResult();
        }

        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = body?.Reason is { Length: > 0 } reason ? $"Cancelled: {reason}" : "Cancelled by request" });
        if ((await JobRows.ReadAllAsync(command, ct)).FirstOrDefault() is { } cancelled)
        {
            return Results.Ok(cancelled);
        }

        return await GetJobEndpoint.FindAsync(db, id, ct) is { } job
            ? JobProblems.InvalidTransition(id, job.Status, "cancelled", "pending, queued, running or paused").ToResult()
            : JobProblems.NotFound(id).ToResult();
    }
}
