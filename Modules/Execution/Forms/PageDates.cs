using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Dates the page writes itself: the "Date" beside a typed signature, a "Date completed" filled with today, any
/// read-only or pre-filled day that is not asking when the applicant could start. The page's date is sent as it is;
/// only a question about availability or a start takes the applicant's start date, pre-filled or not.
/// </summary>
internal static class PageDates
{
    /// <summary>
    /// Whether <paramref name="field"/> holds a date the page put there that no answer should replace: a text box
    /// showing a date, not filled by the engine (<paramref name="filledByEngine"/>), whose question (or its group's)
    /// is not about when the applicant could start.
    /// </summary>
    public static bool KeepsPageDate(FormField field, bool filledByEngine) =>
        !filledByEngine
        && field.Kind == "text"
        && field.Value.Trim().Length >= 6
        && FieldShape.TryDate(field.Value, out _)
        && Topics.Of($"{field.Group} {field.Label}".Trim()) != "start_date"
        && Topics.Of(field.Label) != "start_date";
}
