using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Required controls the browser would not operate (locked by the page, drawn where nothing reaches them, under a
/// layer that never leaves and takes no dispatched click): the run fills every other field, then stops before a step
/// or submit button with a pause that names each such control and why, instead of sending a form it knows is
/// incomplete or ending on an error that would run the whole application again.
/// </summary>
internal sealed partial class FormEngine
{
    private readonly Dictionary<string, StuckControl> stuck = [];

    private sealed record StuckControl(FormField Field, string Reason);

    /// <summary>Notes a required control whose fill the browser refused, with the reason it gave.</summary>
    private void NoteStuck(FormField field, string message)
    {
        if (field.Required)
        {
            stuck[field.Key] = new StuckControl(field, BlockedClick.Reason(message));
        }
    }

    /// <summary>
    /// The pause for the noted controls the page still holds unanswered: one still listed and not showing its answer,
    /// or one no longer listed because the page switched it off. Controls answered since, or gone from the page, are
    /// forgotten. Null when none is left.
    /// </summary>
    private async Task<FormOutcome?> StuckControlsAsync(PageInventory inventory)
    {
        var left = new List<StuckControl>();
        foreach (var (key, control) in stuck.ToList())
        {
            var now = inventory.Fields.FirstOrDefault(f => f.Key == key);
            var open = now is not null
                ? Answer(now, inventory) is { } answer && !Shown(now, answer)
                : await SwitchedOffAsync(control.Field);
            if (open)
            {
                left.Add(control);
            }
            else
            {
                stuck.Remove(key);
            }
        }

        return left.Count == 0 ? null : new FormOutcome.Blocked("control", StuckControls.Message(left.Select(c => (c.Field.Label, c.Reason))));
    }

    /// <summary>Whether the control is still on the page and switched off (<c>disabled</c>, itself or by its fieldset).</summary>
    private static async Task<bool> SwitchedOffAsync(FormField field)
    {
        try
        {
            return await field.Frame.EvaluateAsync<bool>(
                "(id) => { const el = document.querySelector(`[data-gh-id=\"${id}\"]`);"
                + " return !!el && el.isConnected && (el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true'); }", field.Id);
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}

/// <summary>How a pause for controls the page would not let be answered reads.</summary>
internal static class StuckControls
{
    /// <summary>"The page would not let these required questions be answered: "Label" (it is not enabled). ..."</summary>
    public static string Message(IEnumerable<(string Label, string Reason)> controls)
    {
        var named = string.Join("; ", controls.Select(c => $"\"{Named(c.Label)}\" ({Plain(c.Reason)})"));
        return $"The page would not let these required questions be answered: {named}. The other fields were filled and nothing was submitted; "
            + "answer them on the page, then resume.";
    }

    private static string Named(string label) => label.Length == 0 ? "an unlabelled control" : label.Length <= 100 ? label : label[..97] + "...";

    // Playwright's words for a control it waited on ("element is not enabled") said of the control.
    private static string Plain(string reason) => reason switch
    {
        "it is not enabled" => "the page keeps it disabled",
        "it is not visible" => "it is not shown",
        "it is not attached" => "the page keeps replacing it",
        "it is not stable" => "it keeps moving",
        _ when reason.EndsWith(" covers it", StringComparison.Ordinal) => reason.Length <= 160 ? reason : reason[..157] + "...",
        _ => reason.Length <= 120 ? reason : reason[..117] + "...",
    };
}
