using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Words a widget adds after a question's own text when the label is read from an accessible name: "Is any of your
/// family employed here? Select One Required" (a drawn list's prompt and required mark). They are not part of what
/// is asked, and they keep a screening answer keyed by the bare question from matching it word for word.
/// </summary>
internal static partial class ControlText
{
    /// <summary><paramref name="label"/> without the prompt and required or optional marks after its question, or unchanged.</summary>
    public static string Strip(string label) =>
        Trailing().Match(label) is { Success: true } m ? m.Groups["question"].Value.TrimEnd(' ', '*') : label;

    // Only after an ending (a question mark, colon, full stop, bracket or asterisk): "Certifications required" keeps its word.
    [GeneratedRegex(@"^(?<question>.*?[?:.)*])\s*(?:(?:select one|select an option|select|please select|choose one|choose an option|\(?required\)?|\(?optional\)?|\*)\s*)+$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Trailing();
}
