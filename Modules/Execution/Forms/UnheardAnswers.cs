using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Yes/no answer buttons that show no state at all (no class, no ARIA): only the engine's own mark says which was
/// pressed, so the page's word is the only sign the press was heard. A page that keeps the answer in its script may
/// lose it (a later answer makes it start over) with nothing on the buttons changing. When the page flags such a pair as
/// unanswered ("Please answer this question", "This field is required"), the answer is pressed once more, and the
/// flag must then leave: one that stays is the page refusing the control, not a press to repeat.
/// </summary>
internal static partial class UnheardAnswers
{
    /// <summary>True for a stateless yes/no pair the engine pressed and the page says is unanswered.</summary>
    public static bool Flagged(FormField field) =>
        field.Kind == "toggle" && field.Stateless && field.Error.Length > 0 && field.Options.Any(o => o.Selected) && Missing().IsMatch(TextNorm.Normalize(field.Error));

    [GeneratedRegex(@"\b(required|missing|mandatory|unanswered|not (been )?answered|answer (this|the) question|please (answer|select|choose|pick|respond|make a (choice|selection))|(must|need to|have to) (answer|select|choose|pick|respond)|(cannot|can ?t|may not) be (blank|empty|left (blank|empty))|is (blank|empty)|no (answer|selection|option) (was )?(given|made|selected|chosen)|(select|choose|pick) (an|one) (option|answer))\b")]
    private static partial Regex Missing();
}
