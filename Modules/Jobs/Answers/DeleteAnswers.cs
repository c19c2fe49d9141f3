using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace GhostHands.Jobs.Answers;

/// <summary>
/// <c>DELETE /api/v1/gh/users/{id}/answers/{answerId}</c> forgets one saved answer (204, or 404 when the user has
/// none with that id); <c>DELETE /api/v1/gh/users/{id}/answers</c> forgets all of them (204). Either can be repeated
/// safely: what is gone stays gone.
/// </summary>
public static class DeleteAnswersEndpoint
{
    [WolverineDelete("/api/v1/gh/users/{id}/answers/{answerId}", OperationId = "deleteSavedAnswer")]
    public static async Task<IResult> DeleteOne(string id, string answerId, SavedAnswers answers, CancellationToken ct)
    {
        var errors = AnswerRoutes.Check(id, answerId, out var userId, out var answer);
        if (errors.Count > 0)
        {
            return JobProblems.Validation(errors).ToResult();
        }

        return await answers.DeleteAsync(userId, answer, ct)
            ? Results.NoContent()
            : Results.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Saved answer not found.",
                Detail = $"User {userId} has no saved answer {answer}.",
                Extensions = { ["code"] = "answer_not_found" },
            });
    }

    [WolverineDelete("/api/v1/gh/users/{id}/answers", OperationId = "deleteSavedAnswers")]
    public static async Task<IResult> DeleteAll(string id, SavedAnswers answers, CancellationToken ct)
    {
        var errors = AnswerRoutes.Check(id, null, out var userId, out _);
        if (errors.Count > 0)
        {
            return JobProblems.Validation(errors).ToResult();
        }

        await answers.DeleteAllAsync(userId, ct);
        return Results.NoContent();
    }
}

/// <summary>Route values of the answers endpoints, checked here so that a bad one is a 400 naming it.</summary>
internal static class AnswerRoutes
{
    public static Dictionary<string, string[]> Check(string id, string? answerId, out Guid userId, out Guid answer)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Guid.TryParse(id, out userId))
        {
            errors["id"] = ["id must be the user's UUID."];
        }

        answer = Guid.Empty;
        if (answerId is not null && !Guid.TryParse(answerId, out answer))
        {
            errors["answerId"] = ["answerId must be the UUID of a saved answer (see GET /api/v1/gh/users/{id}/answers)."];
        }

        return errors;
    }
}
