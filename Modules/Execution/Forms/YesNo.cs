using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>Reads yes/no answers and options in their usual spellings.</summary>
internal static partial class YesNo
{
    private static readonly HashSet<string> Yes = ["yes", "y", "true", "1", "yeah", "yep", "i am", "i do", "i will", "agree", "on"];
    private static readonly HashSet<string> No = ["no", "n", "false", "0", "nope", "i am not", "i do not", "i dont", "i will not", "none"];

    /// <summary>True for yes, false for no, null for neither.</summary>
    public static bool? Parse(string? text)
    {
        var t = TextNorm.Normalize(text);
        if (Yes.Contains(t) || t.StartsWith("yes ", StringComparison.Ordinal))
        {
            return true;
        }

        if (No.Contains(t) || t.StartsWith("no ", StringComparison.Ordinal))
        {
            return false;
        }

        // "I am not a veteran" says no to "Are you a protected veteran?"; "I do not wish to answer" says nothing.
        return Denial().IsMatch(t) && !OptionMatcher.IsDecline(t) ? false : null;
    }

    /// <summary>True for a bare yes or no ("Yes", "No", "I do not"), not one worded further ("No, I'm willing to relocate").</summary>
    public static bool IsBare(string? text) => Yes.Contains(TextNorm.Normalize(text)) || No.Contains(TextNorm.Normalize(text));

    /// <summary>True for a yes or no opening an answer ("Yes, on-site is fine", "No \u2013 remote only"), not "No office days".</summary>
    public static bool Opens(string? text) => Opening().IsMatch(text ?? "");

    [GeneratedRegex(@"^\s*(yes|no)\s*[,.;:!(\u2013\u2014-]", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^i (am not|do not|dont|have not|havent|will not|wont|have never|am never) ")]
    private static partial Regex Denial();
}
