using System.Text.Json;
using GhostHands.Jobs.Answers;
using GhostHands.Jobs.Queries;
using GhostHands.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using NpgsqlTypes;
using Wolverine.Http;

namespace GhostHands.Jobs.Lifecycle;

/// <summary>Body of the resume endpoint: answers to the questions the job paused on, keyed by question text.</summary>
public sealed record ResumeJob(IReadOnlyDictionary<string, string>? Answers);

/// <summary>
/// <c>POST /api/v1/gh/jobs/{id}/resume</c>: a <c>paused</c> job (a question it could not answer, a captcha or a login
/// wall a person has since dealt with) goes back to <c>pending</c>. The answers are merged into
/// <c>input_data.qaOverrides</c>, so the next attempt finds them like any other override, and kept for the user's
/// later jobs (<see cref="SavedAnswers"/>) unless the job says <c>rememberAnswers: false</c>.
/// </summary>
public static class ResumeJobEndpoint
{
    public const int MaxAnswers = 50;

    private static readonly string Sql = $$"""
        UPDATE gh_automation_jobs
        SET status = 'pending', worker_id = NULL, started_at = NULL, last_heartbeat = NULL, error_details = NULL,
            input_data = jsonb_set(input_data, '{qaOverrides}', coalesce(input_data->'qaOverrides', '{}'::jsonb) || $2),
            status_message = $3
        WHERE id = $1 AND status = 'paused'
        RETURNING {{JobRows.Columns}}
        """;

    public static ProblemDetails Validate(ResumeJob request)
    {
        if (request.Answers is { Count: > MaxAnswers })
        {
            return JobProblems.Validation(new Dictionary<string, string[]> { ["answers"] = [$"answers may hold at most {MaxAnswers} entries."] });
        }

        if (request.Answers?.Any(a => string.IsNullOrWhiteSpace(a.Key) || a.Key.Length > 500 || a.Value is null || a.Value.Length > 2000) == true)
        {
            return JobProblems.Validation(new Dictionary<string, string[]>
            {
                ["answers"] = ["each answer needs a question (1-500 characters) and a text answer (at most 2000 characters)."],
            });
        }

        if (request.Answers?.Any(a => NulCharacters.Holds(a.Key) || NulCharacters.Holds(a.Value)) == true)
        {
            return JobProblems.Validation(new Dictionary<string, string[]> { ["answers"] = ["answers must not contain the NUL character (\\u0000)."] });
        }

        return WolverineContinue.NoProblems;
    }

    [WolverinePost("/api/v1/gh/jobs/{id}/resume", OperationId = "resumeJob")]
    public static async Task<IResult> Post(Guid id, ResumeJob request, NpgsqlDataSource db, SavedAnswers saved, CancellationToken ct)
    {
        var answers = request.Answers ?? new Dictionary<string, string>();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(answers), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = answers.Count == 0 ? "Resumed by request" : $"Resumed with {answers.Count} answer(s)" });
        if ((await JobRows.ReadAllAsync(command, ct)).FirstOrDefault() is { } resumed)
        {
            // In the resume's transaction: the answers are kept exactly when the job goes back to pending.
            if (answers.Count > 0 && SavedAnswers.Remembers(resumed.InputData))
            {
                await saved.RememberAsync(transaction, resumed.UserId, resumed.Id, answers, ct);
            }

            await transaction.CommitAsync(ct);
            return Results.Ok(resumed);
        }

        await transaction.RollbackAsync(ct);
        return await GetJobEndpoint.FindAsync(db, id, ct) is { } job
            ? JobProblems.InvalidTransition(id, job.Status, "resumed", "paused").ToResult()
            : JobProblems.NotFound(id).ToResult();
    }
}
