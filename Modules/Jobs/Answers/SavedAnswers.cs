using System.Text.Json;
using GhostHands.Schema;
using Marten;
using Marten.Services;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Jobs.Answers;

/// <summary>
/// The answers each user gave on resuming paused jobs: remembered in the resume's transaction, listed and deleted
/// over REST, loaded into the user's later apply and fill_form jobs. When an
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> is registered the question's embedding is stored with it.
/// </summary>
public sealed partial class SavedAnswers(
    IDocumentStore store, TimeProvider time, ILogger<SavedAnswers> logger, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
{
    /// <summary>At most this many (the most recently answered) are loaded into one job.</summary>
    public const int MaxLoaded = 500;

    /// <summary>False only when the job's <c>input_data.rememberAnswers</c> is <c>false</c>.</summary>
    public static bool Remembers(JsonElement inputData) =>
        !(inputData.ValueKind == JsonValueKind.Object
          && inputData.TryGetProperty(ApplicantProfileRules.RememberAnswers, out var remember)
          && remember.ValueKind == JsonValueKind.False);

    /// <summary>
    /// Saves <paramref name="answers"/> for <paramref name="userId"/> inside <paramref name="transaction"/> (which the
    /// caller commits): a question answered before gets the new answer and keeps its creation time.
    /// </summary>
    public async Task RememberAsync(NpgsqlTransaction transaction, Guid userId, Guid jobId, IReadOnlyDictionary<string, string> answers, CancellationToken ct)
    {
        // Two wordings that normalise alike are one question; the later one wins.
        var given = answers
            .Select(a => (Question: a.Key.Trim(), Normalized: SavedAnswer.Normalize(a.Key), Answer: a.Value))
            .GroupBy(a => a.Normalized)
            .Select(g => g.Last())
            .ToList();
        if (given.Count == 0)
        {
            return;
        }

        var vectors = await EmbedAsync(given.ConvertAll(a => a.Question), ct);
        await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction));
        var ids = given.ConvertAll(a => SavedAnswer.IdFor(userId, a.Normalized));
        var existing = (await session.LoadManyAsync<SavedAnswer>(ct, ids)).ToDictionary(a => a.Id);
        var now = time.GetUtcNow();
        for (var i = 0; i < given.Count; i++)
        {
            session.Store(new SavedAnswer
            {
                Id = ids[i],
                UserId = userId,
                Question = given[i].Question,
                NormalizedQuestion = given[i].Normalized,
                Answer = given[i].Answer,
                Embedding = vectors?[i],
                CreatedAt = existing.TryGetValue(ids[i], out var before) ? before.CreatedAt : now,
                UpdatedAt = now,
                SourceJobId = jobId,
            });
        }

        await session.SaveChangesAsync(ct);
    }

    /// <summary>The user's answers, the most recently answered first.</summary>
    public async Task<IReadOnlyList<SavedAnswer>> ListAsync(Guid userId, CancellationToken ct, int limit = MaxLoaded)
    {
        await using var session = store.QuerySession();
        return await session.Query<SavedAnswer>()
            .Where(a => a.UserId == userId)
            .OrderByDescending(a => a.UpdatedAt)
            .Take(limit)
            .ToListAsync(ct);
    }

    /// <summary>Forgets one answer; false when the user has no answer with that id.</summary>
    public async Task<bool> DeleteAsync(Guid userId, Guid answerId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<SavedAnswer>(answerId, ct) is not { } answer || answer.UserId != userId)
        {
            return false;
        }

        session.Delete(answer);
        await session.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Forgets every answer of the user.</summary>
    public async Task DeleteAllAsync(Guid userId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.DeleteWhere<SavedAnswer>(a => a.UserId == userId);
        await session.SaveChangesAsync(ct);
    }

    private async Task<float[][]?> EmbedAsync(List<string> questions, CancellationToken ct)
    {
        if (embeddings is null)
        {
            return null;
        }

        try
        {
            var generated = await embeddings.GenerateAsync(questions, cancellationToken: ct);
            return generated.Count == questions.Count ? generated.Select(e => e.Vector.ToArray()).ToArray() : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The answer matters more than its vector: it is kept without one, and still matches by wording.
            LogEmbeddingFailed(e, questions.Count);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not compute embeddings for {Count} saved answer(s); kept without")]
    private partial void LogEmbeddingFailed(Exception exception, int count);
}
