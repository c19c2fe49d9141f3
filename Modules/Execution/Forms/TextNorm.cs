using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>Normalises question and option text so that wording differences do not matter.</summary>
internal static partial class TextNorm
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "you", "your", "do", "does", "are", "is", "be", "to", "of", "in", "for", "on", "at", "with", "have",
        "has", "will", "would", "what", "which", "how", "where", "when", "who", "can", "could", "please", "any", "this",
        "that", "or", "and", "we", "us", "our", "i", "my", "me", "it", "if", "by", "as", "from", "now", "currently",
    ];

    /// <summary>
    /// Lower case, no accents or punctuation, country names folded ("United States of America" and "U.S." become "us"),
    /// "C#" and ".NET" kept apart from "C" and "net" ("csharp", "dotnet").
    /// </summary>
    public static string Normalize(string? text)
    {
        var s = (text ?? "").Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        // Apostrophes join rather than split: "Bachelor's" is "bachelors", "don't" is "dont".
        s = builder.ToString().Replace('\u2013', '-').Replace('\u2014', '-').Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
        s = UnitedStates().Replace(s, " us ");
        s = Sharp().Replace(s, "${letter}sharp");
        s = DotNet().Replace(s, " dotnet");
        s = Punctuation().Replace(s, " ");
        return Spaces().Replace(s, " ").Trim();
    }

    /// <summary>Content words, crudely stemmed, for overlap scoring.</summary>
    public static HashSet<string> Words(string? text) =>
        [.. Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w)).Select(Stem)];

    public static double Overlap(string? a, string? b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    private static string Stem(string w) =>
        w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) ? w[..^3]
        : w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) ? w[..^2]
        : w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1]
        : w;

    [GeneratedRegex(@"\bunited states( of america)?\b|\bu\.s\.a?\.?(?=\s|$|\W)|\busa\b")]
    private static partial Regex UnitedStates();

    // "C#" and ".NET" are names, not "c" and "net": without this "C#" would be the option "C" and ".NET" the word "net".
    [GeneratedRegex(@"(?<![a-z0-9])(?<letter>[a-z])#")]
    private static partial Regex Sharp();

    [GeneratedRegex(@"(?<![a-z0-9])\.net\b")]
    private static partial Regex DotNet();

    [GeneratedRegex(@"[^a-z0-9+\-\s]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
