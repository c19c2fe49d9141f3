using System.Text.RegularExpressions;

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

    [GeneratedRegex(@"\s+(?:and|&|\+)\s+|\s*&\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Joint();
}
