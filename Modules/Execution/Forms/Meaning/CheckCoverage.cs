using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// What a consent to a background check covers. A screening answer naming what its check looks into ("a background
/// check covering employment and education history") consents to that, not to a check of something it does not name:
/// "a background check of your driving record", "of your social media" or "of your references" are other consents.
/// A criminal records check is what any background check looks into, so it stays covered.
/// An answer naming nothing ("Do you consent to a background check?") covers any, and a question naming nothing is
/// covered by any.
/// </summary>
internal static partial class CheckCoverage
{
    /// <summary>True when the answer keyed by <paramref name="key"/> covers the check <paramref name="question"/> asks about.</summary>
    public static bool Covers(string key, string? question)
    {
        if (ScreeningFacts.Of(key) != "background_check" || ScreeningFacts.Of(question) != "background_check")
        {
            return true;
        }

        var covered = Subjects(key);
        return covered.Count == 0 || Subjects(question ?? "").All(covered.Contains);
    }

    private static HashSet<string> Subjects(string text)
    {
        var normal = TextNorm.Normalize(text);
        return Subject().Matches(normal).Select(m => m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Name).ToHashSet(StringComparer.Ordinal);
    }

    // What a background check looks into, one named group each.
    [GeneratedRegex(@"\b(?:(?<employment>employment|employers?|work history|job history|career history|previous jobs?|prior jobs?)|(?<education>education|educational|degrees?|diplomas?|schooling|qualifications?|academic)"
        + @"|(?<driving>(?:driving|drivers?) (?:records?|history|abstracts?)|motor vehicle|mvr)"
        + @"|(?<credit>credit|financial history)|(?<social>social media)|(?<references>references?|referees?))\b")]
    private static partial Regex Subject();
}
