using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Puts an answer into a control the way a person would, through Playwright, so that pages listening only to
/// input/change/click events see it. Every locator is a <c>data-gh-id</c> CSS selector: CSS pierces open shadow roots.
/// </summary>
internal static class FieldFiller
{
    private static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(5);

    /// <summary>True when the field already shows the answer, so there is nothing to do.</summary>
    public static bool Satisfied(FormField field, FieldAnswer answer) => field.Kind switch
    {
        "file" => field.Value.Length > 0,
        "checkbox" => (field.Value == "true") == (answer.Value == "true"),
        "listbox" => field.Value.Length > 0,
        "select" or "radio" or "toggle" or "multiselect" or "checkboxgroup" =>
            field.Options.Where(o => o.Selected && !OptionMatcher.IsPlaceholder(o)).Select(Key).ToHashSet().SetEquals(answer.Choices.Select(Key)),
        _ => field.Value == answer.Value,
    };

    /// <summary>Fills the field; returns the value as the page now shows it (option text for choices).</summary>
    public static async Task<string> FillAsync(FormField field, FieldAnswer answer)
    {
        var frame = field.Frame;
        var locator = frame.Locator($"[data-gh-id='{field.Id}']");
        var timeout = (float)ActionTimeout.TotalMilliseconds;
        switch (field.Kind)
        {
            case "file":
                await locator.SetInputFilesAsync(answer.Value, new() { Timeout = timeout });
                break;
            case "checkbox":
                await locator.SetCheckedAsync(answer.Value == "true", new() { Force = true, Timeout = timeout });
                break;
            case "select" or "multiselect":
                await locator.SelectOptionAsync(answer.Choices.Select(c => new SelectOptionValue { Value = c.Value }), new() { Timeout = timeout });
                break;
            case "radio":
                await frame.Locator($"[data-gh-id='{answer.Choices[0].Id}']").CheckAsync(new() { Force = true, Timeout = timeout });
                break;
            case "toggle":
                await frame.Locator($"[data-gh-id='{answer.Choices[0].Id}']").ClickAsync(new() { Timeout = timeout });
                break;
            case "checkboxgroup":
                var wanted = answer.Choices.Select(c => c.Id).ToHashSet();
                foreach (var option in field.Options)
                {
                    await frame.Locator($"[data-gh-id='{option.Id}']").SetCheckedAsync(wanted.Contains(option.Id), new() { Force = true, Timeout = timeout });
                }

                break;
            case "listbox":
                return await ChooseFromListAsync(locator, field, answer, timeout);
            default:
                // Fill replaces what is there (pre-filled wrong values) and fires input and change events.
                await locator.FillAsync(answer.Value, new() { Timeout = timeout });
                await locator.DispatchEventAsync("blur");
                return answer.Value;
        }

        return answer.Choices.Count > 0 ? string.Join(", ", answer.Choices.Select(c => c.Text)) : answer.Value;
    }

    /// <summary>
    /// Custom dropdowns: open, read the options (often rendered at the end of body, away from the field), click the
    /// one the answer means, and record it as the field's choice.
    /// </summary>
    private static async Task<string> ChooseFromListAsync(ILocator opener, FormField field, FieldAnswer answer, float timeout)
    {
        await opener.ClickAsync(new() { Timeout = timeout });
        var controls = await opener.GetAttributeAsync("aria-controls");
        var options = controls is { Length: > 0 }
            ? field.Frame.Locator($"[id='{controls}'] [role=option]")
            : field.Frame.Locator("[role=listbox]:visible [role=option]");
        await options.First.WaitForAsync(new() { Timeout = timeout });
        var texts = await options.AllInnerTextsAsync();
        var list = texts.Select((t, i) => new FieldOption(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "", t.Trim(), false)).ToList();
        var choice = OptionMatcher.Best(answer.Value, list)
            ?? throw new UnansweredException(field, $"none of the options ({string.Join(", ", list.Select(o => o.Text))}) matches '{answer.Value}'");
        await options.Nth(int.Parse(choice.Id, System.Globalization.CultureInfo.InvariantCulture)).ClickAsync(new() { Timeout = timeout });
        return choice.Text;
    }

    private static string Key(FieldOption o) => o.Id.Length > 0 ? o.Id : o.Value;
}

/// <summary>A field the engine found an answer for but could not put into the control (no matching option).</summary>
internal sealed class UnansweredException(FormField field, string reason) : Exception($"'{field.Label}': {reason}")
{
    public FormField Field { get; } = field;
}
