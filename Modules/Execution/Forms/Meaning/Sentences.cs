using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>The parts of a question label written as several sentences: a statement, then what is asked.</summary>
internal static partial class Sentences
{
    /// <summary>
    /// The sentence that asks: the last one ending in a question mark when a statement comes first ("The role is
    /// based in Oslo. Are you open to relocating?"), else the whole text.
    /// </summary>
    public static string Asked(string question)
    {
        var sentences = Boundary().Split(question.Trim()).Where(s => s.Length > 0).ToList();
        return sentences.Count > 1 && sentences.LastOrDefault(s => s.TrimEnd().EndsWith('?')) is { } asked ? asked : question;
    }

    /// <summary>
    /// True when <paramref name="normalised"/> (<see cref="TextNorm.Normalize"/>d) opens as a yes or no question: "Are
    /// you ...", "Can you ...", "Have you ...".
    /// </summary>
    public static bool AsksYesNo(string normalised) => YesNoOpener().IsMatch(normalised);

    [GeneratedRegex(@"^(are|is|am|was|were|do|does|did|have|has|had|will|would|can|could|should|shall|may|might|must)\b")]
    private static partial Regex YesNoOpener();

    // A sentence ends where the next begins with a capital: "Initech, Inc. or one of its affiliates?" is one. A dash
    // before a question ends one too: "Hybrid (3 days in the office) - is this suitable for you?".
    [GeneratedRegex(@"(?<=[.?!])\s+(?=[\p{Lu}""\u201C(])|\s+[-\u2013\u2014]\s+(?=(?:is|are|can|could|would|will|do|does)\s)")]
    private static partial Regex Boundary();
}
