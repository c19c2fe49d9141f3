using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Words a widget adds after a question's own text when the label is read from an accessible name: "Is any of your
/// family employed here? Select One Required" (a drawn list's prompt and required mark). They are not part of what
/// is asked, and they keep a screening answer keyed by the bare question from matching it word for word. So are the
/// marks a drawn dropdown shows inside the caption that wraps it: its empty choice and its arrow ("How long have you
/// been in the trade? --\u25be", "Time zone Select..."), which no question ends with.
/// </summary>
internal static partial class ControlText
{
    /// <summary><paramref name="label"/> without the prompt and required or optional marks after its question, or unchanged.</summary>
    public static string Strip(string label)
    {
        label = Chrome().Replace(label, "");
        return Trailing().Match(label) is { Success: true } m ? m.Groups["question"].Value.TrimEnd(' ', '*') : label;
    }

    // After any text: runs of dashes, arrow glyphs, and the prompts drawn lists show with an ellipsis or between dashes.
    [GeneratedRegex(@"(?:\s*(?:-{2,}|\u2014|[\u25be\u25bc\u25bf\u2304\u23f7\u25b4\u25b2\u02c5\u2228]|-{1,2}\s*(?:please )?(?:select|choose)[^-]{0,20}-{1,2}|(?:please )?(?:select|choose)(?: one| an option| an answer)?\s*(?:\.{3}|\u2026)))+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();

    // Only after an ending (a question mark, colon, full stop, bracket or asterisk): "Certifications required" keeps its word.
    [GeneratedRegex(@"^(?<question>.*?[?:.)*])\s*(?:(?:select one|select an option|select|please select|choose one|choose an option|\(?required\)?|\(?optional\)?|\*)\s*)+$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Trailing();
}
