using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Playwright errors the page causes by changing under the engine: a control detached by a re-render, a frame removed
/// or loaded again, an execution context destroyed by a navigation, the page closed by its own script. The control is
/// found again once, by what it asks (<see cref="FormField.Key"/> is stable across re-renders); what still fails ends
/// the run with a stated outcome naming the control, never as an unexpected error of the job.
/// </summary>
internal sealed partial class FormEngine
{
    // The control the engine was last operating, named in the outcome when a failure ends the run.
    private string operating = "";

    // Fields whose fill failed once because the page changed under them: the next failure is the page's refusal.
    private readonly HashSet<string> foundAgain = [];

    /// <summary>
    /// The steps, with any Playwright failure that escaped them turned into an outcome: a failure of a page that closed
    /// itself, or of one already sent, else a pause naming the control (nothing was sent). Cancellation and a crashed
    /// browser are left to the job's runner.
    /// </summary>
    private async Task<FormOutcome> RunGuardedAsync(Func<Task<FormOutcome>> steps)
    {
        try
        {
            return await steps();
        }
        catch (Exception e) when (e is PlaywrightException or System.TimeoutException && !session.CancellationToken.IsCancellationRequested
            && Page.Context.Browser is not { IsConnected: false })
        {
            var control = operating.Length > 0 ? $"\"{Short(operating)}\"" : lastStep;
            var reason = PageChanges.Describe(e);
            await session.NarrateAsync("field_skipped", $"Could not operate {control}: {reason}.", new { control = operating, error = e.Message.Split('\n')[0] });
            return GuardedFailure.Outcome(sentOnce || submitting, Page.IsClosed, operating, control, reason, Filled);
        }
    }

    // True while a final submit is being clicked: a failure then may follow a submission that went out.
    private bool submitting;

    // Whether a final submit was clicked in this run: after one, a failure must not invite a person to send it again.
    private bool sentOnce;

    /// <summary>
    /// Runs <paramref name="act"/> on <paramref name="control"/>; when the page changes under it, the page is read again
    /// and <paramref name="fallback"/> is what the step returns (the next round reads the new controls).
    /// </summary>
    private async Task<T> SurvivingChangesAsync<T>(string control, Func<Task<T>> act, Func<Task<T>> fallback)
    {
        operating = control;
        try
        {
            return await act();
        }
        catch (PlaywrightException e) when (!Page.IsClosed && PageChanges.Detached(e))
        {
            await session.NarrateAsync("field_skipped", $"The page changed under \"{Short(control)}\" ({PageChanges.Describe(e)}); it is read again.");
            return await fallback();
        }
        finally
        {
            // Ended: a later failure is not this control's.
            operating = "";
        }
    }

    /// <summary>
    /// After a fill failed because the page changed under the field: true the first time (the page is read again and the
    /// field, found by its key, filled once more), false after that (the failure is the control's).
    /// </summary>
    private bool FindAgain(FormField field, PlaywrightException e) => PageChanges.Detached(e) && foundAgain.Add(field.Key);

    /// <summary>Peeks at a list once more after the page changed under it, found again by its key on the page as it is now.</summary>
    private async Task<IReadOnlyList<FieldOption>> PeekAgainAsync(FormField field, PlaywrightException first)
    {
        await session.NarrateAsync("field_skipped", $"The page changed under \"{Short(field.Label)}\" while its options were read ({PageChanges.Describe(first)}); it is read again.");
        var now = (await ReadPageAsync()).Fields.FirstOrDefault(f => f.Key == field.Key);
        if (now is null)
        {
            return [];
        }

        try
        {
            var wait = now.Kind == "combobox" ? ScriptCombobox.MenuWait : PopupChoice.SuggestionWait;
            return await PopupChoice.PeekAsync(now.Frame.Locator($"[data-gh-id='{now.Id}']"), now, 5000, wait);
        }
        catch (Exception e) when (e is System.TimeoutException || (e is PlaywrightException && !Page.IsClosed && PageChanges.Detached((PlaywrightException)e)))
        {
            // Changed again, or does not open: left to the fill pass and, if required, to a person.
            return [];
        }
    }
}

/// <summary>How a failure no step handled ends the run, by whether a final submit may have gone out.</summary>
internal static class GuardedFailure
{
    /// <summary>
    /// After a final submit went out: not confirmed (it may have been received). Before any: nothing was sent, so a pause
    /// naming the control, or the step, that could not be operated; never a code about a submission.
    /// </summary>
    public static FormOutcome Outcome(bool sent, bool closed, string operating, string control, string reason, IReadOnlyList<FilledField> filled)
    {
        var what = closed ? "The page closed itself" : "The page could not be operated";
        if (sent)
        {
            return new FormOutcome.NotConfirmed($"{what} at {control} ({reason}) after the form was sent; no confirmation was seen.", filled, []);
        }

        return operating.Length > 0 && !closed
            ? new FormOutcome.Blocked("control", StuckControls.Message([(operating, reason)]))
            : new FormOutcome.Blocked("control", $"{what} at {control} ({reason}); nothing was sent.");
    }
}

/// <summary>Reads Playwright's errors about a page that changed under the call.</summary>
internal static class PageChanges
{
    private static readonly (string Words, string Said)[] Kinds =
    [
        ("Target page, context or browser has been closed", "the page was closed"),
        ("Target closed", "the page was closed"),
        ("Frame was detached", "its frame was removed"),
        ("frame got detached", "its frame was removed"),
        ("Execution context was destroyed", "the page navigated"),
        ("Cannot find context with specified id", "the page navigated"),
        ("navigat", "the page navigated"),
        ("not attached to the DOM", "the page replaced it"),
        ("detached from document", "the page replaced it"),
        ("Element is detached", "the page replaced it"),
    ];

    /// <summary>True when <paramref name="e"/> says the element, its frame or its document went away during the call.</summary>
    public static bool Detached(PlaywrightException e) => Kinds.Any(k => e.Message.Contains(k.Words, StringComparison.OrdinalIgnoreCase));

    /// <summary>What happened, in the page's terms: "its frame was removed", "the page navigated", else Playwright's first line.</summary>
    public static string Describe(Exception e) =>
        Kinds.FirstOrDefault(k => e.Message.Contains(k.Words, StringComparison.OrdinalIgnoreCase)).Said ?? BlockedClick.Reason(e.Message);
}
