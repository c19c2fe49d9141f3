using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>Options that join two things with "and" ("Sales and Marketing", "React + Redux", "Finance & Accounting").</summary>
internal static partial class OptionMatcher
{
    /// <summary>
    /// True when the option <paramref name="text"/> joins the answer <paramref name="a"/> (normalised) with another
    /// thing: one choice of it claims both, so an answer naming one of them ("Marketing") is no match for it by
    /// containment. Two names of one thing joined by "or" or "/" ("Hispanic or Latino") are not joined this way.
    /// </summary>
    private static bool JoinsAnother(string text, string a)
    {
        var parts = Joint().Split(text).Select(TextNorm.Normalize).Where(p => p.Length > 0).ToList();
        return parts.Count > 1 && parts.Contains(a);
    }

    /// <summary>
    /// True when the answer is a country and the option names another one ("United States of America" and "Australia"
    /// share words and letters, not a country): meaning never makes one country the answer for another.
    /// </summary>
    private static bool OtherCountry(string answer, string text) =>
        Countries.Find(answer) is { } country && (Countries.Find(text) ?? Countries.NamedIn(text)) is { } other && other.Code != country.Code;

    [GeneratedRegex(@"\s+(?:and|&|\+)\s+|\s*&\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Joint();
}
