namespace GhostHands.Execution.Forms;

/// <summary>The engine's reading of a submit the browser itself refused (constraint validation, no text in the page).</summary>
internal sealed partial class FormEngine
{
    /// <summary>
    /// After a native submit that changed nothing: the browser's messages for the controls it refuses, now marked so
    /// that the next inventory reports them (hidden ones included) as required fields to fill or ask about. Null when
    /// nothing is invalid (the page simply did not react); empty when the browser has refused too often to try again.
    /// </summary>
    private async Task<IReadOnlyList<string>?> RefusedByBrowserAsync(SubmitGuard? guard)
    {
        var invalid = await ConstraintValidation.MarkInvalidAsync(Page);
        if (invalid.Count == 0)
        {
            return null;
        }

        guard?.RefusedByBrowser();
        browserRefusals++;
        var errors = invalid.Select(c => $"{c.Name}: {c.Message}").ToList();
        await session.NarrateAsync("validation_errors", $"The browser refused the submit: {Short(string.Join("; ", errors))}",
            new { errors, source = "constraint_validation" });
        return browserRefusals > options.MaxSubmitAttempts ? [] : errors;
    }
}
