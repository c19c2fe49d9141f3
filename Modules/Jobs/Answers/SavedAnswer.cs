using System.Security.Cryptography;
using System.Text;

namespace GhostHands.Jobs.Answers;

/// <summary>
/// One answer a person gave when resuming a paused job, kept for the same user's later jobs (Marten document in
/// <c>gh_documents</c>). The id is derived from the user and the normalised question, so answering the same
/// question again overwrites the answer instead of adding a second one.
/// </summary>
public sealed record SavedAnswer
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>The question as the form worded it the last time it was answered.</summary>
    public required string Question { get; init; }

    /// <summary>The question's identity: lower case, punctuation and repeated spaces removed.</summary>
    public required string NormalizedQuestion { get; init; }

    public required string Answer { get; init; }

    /// <summary>The question's embedding; null when no embedding generator was registered when it was saved.</summary>
    public float[]? Embedding { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The job whose resume gave (or last changed) the answer.</summary>
    public Guid SourceJobId { get; init; }

    /// <summary>"Are you authorized to work in the U.S.? *" becomes "are you authorized to work in the u s".</summary>
    public static string Normalize(string question)
    {
        var text = new StringBuilder(question.Length);
        foreach (var c in question.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        // A question of punctuation only keeps its own text as its identity.
        return text.Length > 0 ? text.ToString().TrimEnd() : question.Trim().ToLowerInvariant();
    }

    /// <summary>The document id of <paramref name="userId"/>'s answer to a question with this normalised text.</summary>
    public static Guid IdFor(Guid userId, string normalizedQuestion)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{userId:N}\n{normalizedQuestion}"));
        // RFC 9562 version 8 (custom) with the RFC variant, so the id reads as an ordinary UUID.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
