namespace GhostHands.Execution.Forms;

/// <summary>The engine's reading of a submit the browser itself refused (constraint validation, no text in the page).</summary>
internal sealed partial class FormEngine
{
    // What the browser refused last time and what was filled then: the same pair again means nothing was repaired.
    private string? lastRefusal;
    private bool refusedUnchanged;
    private IReadOnlyList<InvalidControl> refused = [];

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
        var signature = string.Join("\n", invalid.Select(c => c.Name).Distinct().Order(StringComparer.Ordinal))
            + "\n\n" + string.Join("\n", filled.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Value}"));
        refusedUnchanged = signature == lastRefusal;
        lastRefusal = signature;
        refused = invalid;
        var errors = invalid.Select(c => $"{c.Name}: {c.Message}").ToList();
        await session.NarrateAsync("validation_errors", $"The browser refused the submit: {Short(string.Join("; ", errors))}",
            new { errors, source = "constraint_validation" });
        return browserRefusals > options.MaxSubmitAttempts ? [] : errors;
    }

    /// <summary>
    /// The questions of the controls the browser refused twice in a row with nothing filled in between: clicking again
    /// would send the same thing, so a person answers them. Each is asked with its caption, or, for a control the page
    /// gives no readable caption, with its name and the browser's message. Null while repairs still change something.
    /// </summary>
    private List<OpenQuestion>? UnrepairedRefusal(PageInventory inventory)
    {
        if (!refusedUnchanged)
        {
            return null;
        }

        return [.. refused.DistinctBy(c => c.Name).Select(c => inventory.Fields.FirstOrDefault(f => f.Name.Length > 0 && f.Name == c.Name) is { } field
                ? new OpenQuestion(WidgetAnswers.Question(field) is { Length: > 0 } asked ? asked : $"{c.Name}: {c.Message}", field.Name, field.Kind,
                    [.. field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).Select(o => o.Text)])
                : new OpenQuestion($"{c.Name}: {c.Message}", c.Name, "", []))
            .DistinctBy(q => q.Question)];
    }
}
