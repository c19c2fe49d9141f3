using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace GhostHands.Jobs.Answers;

/// <summary>One saved answer as the API shows it: the embedding itself stays internal.</summary>
public sealed record SavedAnswerView(
    Guid Id, string Question, string Answer, bool HasEmbedding, Guid SourceJobId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static SavedAnswerView From(SavedAnswer a) =>
        new(a.Id, a.Question, a.Answer, a.Embedding is { Length: > 0 }, a.SourceJobId, a.CreatedAt, a.UpdatedAt);
}

public sealed record SavedAnswerList(IReadOnlyList<SavedAnswerView> Answers);

/// <summary>
/// <c>GET /api/v1/gh/users/{id}/answers</c>: the answers the user gave on resuming paused jobs, which their later
/// jobs reuse; the most recently answered first.
/// </summary>
public static class ListAnswersEndpoint
{
    [WolverineGet("/api/v1/gh/users/{id}/answers", OperationId = "listSavedAnswers")]
    public static async Task<IResult> Get(string id, SavedAnswers answers, CancellationToken ct)
    {
        var errors = AnswerRoutes.Check(id, null, out var userId, out _);
        return errors.Count > 0
            ? JobProblems.Validation(errors).ToResult()
            : Results.Ok(new SavedAnswerList((await answers.ListAsync(userId, ct)).Select(SavedAnswerView.From).ToList()));
    }
}
