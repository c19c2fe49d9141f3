using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>Reads outcomes off the page: confirmation text or URL, the button that moves the form on.</summary>
internal static partial class PageReading
{
    /// <summary>Confirmation shown after the click and not before it, in any frame.</summary>
    public static Confirmation? Confirmed(PageInventory before, PageInventory after)
    {
        foreach (var (frame, url, text) in after.Documents)
        {
            var earlier = before.Documents.FirstOrDefault(d => d.Frame == frame);
            var match = ConfirmationText().Match(text);
            var newText = match.Success && (earlier.Text is null || !ConfirmationText().IsMatch(earlier.Text));
            var newUrl = earlier.Url != url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && ConfirmationPath().IsMatch(uri.AbsolutePath);
            if (newText && (newUrl || after.Fields.Count(f => f.Frame == frame && f.Required) == 0))
            {
                return new Confirmation(url, match.Value.Trim());
            }

            if (newUrl && match.Success)
            {
                return new Confirmation(url, match.Value.Trim());
            }
        }

        return null;
    }

    /// <summary>
    /// The button that submits or moves the form to its next step, or null: submit words first, then words that move on
    /// ("Next", "Preview", "Step 2: ...", an arrow), then a native submit button or one whose id or class says it moves
    /// on ("next-step", "btn-submit"); the last such button on the page wins a tie.
    /// </summary>
    public static PageButton? NextButton(PageInventory inventory) => inventory.Buttons
        .Where(b => !b.Disabled && b.Text.Length is > 0 and < 60 && !NotForward().IsMatch(b.Text))
        .Select((b, index) => (Button: b, Index: index,
            Score: Submit().IsMatch(b.Text) ? 3 : Forward().IsMatch(b.Text) ? 2 : b.Type == "submit" || ForwardHint().IsMatch(b.Hint) ? 1 : 0))
        .Where(c => c.Score > 0)
        .OrderByDescending(c => c.Score).ThenByDescending(c => c.Index)
        .Select(c => c.Button)
        .FirstOrDefault();

    /// <summary>
    /// The buttons on the page in a few words, for a run that found none to click: which were disabled, empty or worded
    /// as not moving on, and what the reading failed on, so the reason can be read from the job's message.
    /// </summary>
    public static string ButtonsSeen(PageInventory inventory) => (inventory.Buttons.Count == 0 ? "no buttons at all"
        : "buttons: " + string.Join(", ", inventory.Buttons.Take(8).Select(b =>
            $"'{(b.Text.Length > 40 ? b.Text[..40] : b.Text)}'{(b.Disabled ? " disabled" : "")}{(b.Type.Length > 0 ? $" type={b.Type}" : "")}"))
        + (inventory.Buttons.Count > 8 ? $" and {inventory.Buttons.Count - 8} more" : ""))
        + (inventory.Faults.Count > 0 ? $"; the page could not be read in full: {string.Join("; ", inventory.Faults.Distinct().Take(3))}" : "");

    /// <summary>A click that sends the form: a submit-worded button or a native submit button (Taleo's "Save and Continue").</summary>
    public static bool IsFinalSubmit(PageButton button) => Submit().IsMatch(button.Text) || button.Type == "submit";

    /// <summary>Every error the page shows: banners, messages next to fields, native validity messages.</summary>
    public static IReadOnlyList<string> Errors(PageInventory inventory) =>
    [
        .. inventory.Alerts,
        .. inventory.Fields.Where(f => f.Error.Length > 0).Select(f => $"{f.Label}: {f.Error}"),
        .. inventory.Fields.Where(f => !string.IsNullOrEmpty(f.Native) && f.Required).Select(f => $"{f.Label}: {f.Native}"),
    ];

    /// <summary>
    /// Whether the page after a click shows errors: banners, messages next to fields, or the browser's message for a
    /// required field that was already there. A new step's empty required fields are not errors yet.
    /// </summary>
    public static bool Rejects(PageInventory before, PageInventory after) =>
        after.Alerts.Count > 0
        || after.Fields.Any(f => f.Error.Length > 0)
        || after.Fields.Any(f => !string.IsNullOrEmpty(f.Native) && f.Required && before.Fields.Any(b => b.Key == f.Key));

    // Besides thanks and "received": an application said to be on its way or complete, "you've applied", "we'll be in
    // touch". Only text that was not on the page before the click counts (Confirmed), so a form that promises to be in
    // touch from the start confirms nothing. A period inside a word (".NET", "Node.js") does not end the sentence.
    [GeneratedRegex(@"thank(s| you)([^.!\n]|\.(?=\S)){0,60}(appl|interest|submi)|application (has been |was )?(successfully )?(submitted|received|sent)|(submission|application)([^.\n]|\.(?=\S)){0,80}(has been|was) (successfully )?(received|submitted|sent)|successfully (submitted|applied)|we('ve| have) received your|application is (on its way|complete\b|in\b)|(you've|you have|you're all set[^.!\n]{0,20}) (successfully )?applied|we('ll| will) be in touch", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmationText();

    [GeneratedRegex(@"thank|confirm|success|submitted|complete|applied|received|sent", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmationPath();

    [GeneratedRegex(@"submit|apply|send|^(finish|complete|done|confirm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Submit();

    [GeneratedRegex(@"next|continue|review|proceed|save|preview|\bstep \d|go on|onward|forward|[\u2192\u203a\u00bb]|^>+$", RegexOptions.IgnoreCase)]
    private static partial Regex Forward();

    [GeneratedRegex(@"(^|[-_ ])(next|continue|forward|proceed|submit)([-_ ]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardHint();

    // Never forward: going back, files, signing in, and applying through another site's account or an import from it
    // ("Apply with LinkedIn", "Import from Indeed"), which hands the applicant's data to a third party.
    [GeneratedRegex(@"back|previous|cancel|attach|upload|select files?|choose|browse|remove|delete|sign ?in|log ?in|create an account|search|clear|reset|add another|draft|\bedit\b|\blater\b|^yes$|^no$"
        + @"|\b(with|using|via|through|from) (linked ?in|indeed|google|facebook|apple|microsoft|github|glassdoor|xing|seek|monster|dice)\b|\b(import|auto-?fill)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotForward();
}
