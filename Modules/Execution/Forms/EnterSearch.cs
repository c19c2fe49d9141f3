using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Search prompts that look up what was typed only when asked (Workday's prompts: type, then Enter), drawing no list
/// while the text is typed. Enter is pressed with the box's own form held back for that key press: in a box inside a
/// <c>&lt;form&gt;</c> Enter would otherwise send the whole form.
/// </summary>
internal static class EnterSearch
{
    /// <summary>How long a prompt may take to show its results once Enter is pressed.</summary>
    public static readonly TimeSpan ResultWait = TimeSpan.FromMilliseconds(1500);

    /// <summary>Presses Enter in the box and returns the options it then shows; null when it shows none.</summary>
    public static async Task<ILocator?> SearchAsync(ILocator input, FormField field, float timeout)
    {
        await input.EvaluateAsync(HoldScript);
        try
        {
            await input.PressAsync("Enter", new() { Timeout = timeout });
        }
        finally
        {
            await field.Frame.EvaluateAsync(ReleaseScript);
        }

        var options = await PopupChoice.OptionsOfAsync(input, field);
        return await PopupChoice.AppearAsync(options, ResultWait) ? options : null;
    }

    // Stops the submit of the box's form before any of the page's own listeners hear of it.
    private const string HoldScript = """
        (el) => {
          const win = el.ownerDocument.defaultView;
          const hold = (e) => { if (e.target === el.form) { e.preventDefault(); e.stopImmediatePropagation(); } };
          win.addEventListener('submit', hold, true);
          win.__ghHoldSubmit = hold;
        }
        """;

    private const string ReleaseScript = """
        () => { if (window.__ghHoldSubmit) { window.removeEventListener('submit', window.__ghHoldSubmit, true); window.__ghHoldSubmit = null; } }
        """;
}
