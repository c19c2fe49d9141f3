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
        "combobox" when ScriptCombobox.IsList(answer) => ScriptCombobox.ShowsAll(field, answer),
        "combobox" => field.Value.Length > 0 && (field.Value == answer.Value
            || OptionMatcher.Best(answer.Value, [new FieldOption("shown", field.Value, field.Value, false)]) is not null),
        "select" or "radio" or "toggle" or "multiselect" or "checkboxgroup" =>
            field.Options.Where(o => o.Selected && !OptionMatcher.IsPlaceholder(o)).Select(Key).ToHashSet().SetEquals(answer.Choices.Select(Key)),
        // What the page wrote into a box that takes no typing from something else chosen (a state from a ZIP code
        // suggestion) is its to keep.
        "text" when WrittenByPage(field, answer) => field.Value.Length > 0,
        // A calendar writes the date in its own format ("15 Jan 2026" for 2026-01-15).
        "text" when field.ReadOnly || (field.Calendar && FieldShape.TryDate(answer.Value, out _)) => field.Value == answer.Value
            || (FieldShape.TryDate(field.Value, out var shown) && FieldShape.TryDate(answer.Value, out var wanted) && shown.Date == wanted.Date),
        // A phone widget may reformat the number as it is typed: the same digits under the right country are the answer.
        "text" when field.Dialer.Length > 0 => answer.DialCountry is null && (field.Value == answer.Value || PhoneWidget.Shows(field, answer)),
        // A masked phone box shows the number its own way; one the page refused is filled again as planned.
        "text" when IsPhone(field, answer) => field.Value == answer.Value || (field.Error.Length == 0 && PhoneMask.Holds(field.Value, answer.Value)),
        // A suggestion chosen from a list the page drew under a plain box writes its own text there.
        "text" when field.Chosen.Length > 0 => field.Value == field.Chosen,
        // A plain box the page refused may want an entry picked from a list it draws only once typed into: typed again.
        "text" when field.Error.Length > 0 && PlainSuggestions.MayOffer(field, answer) => false,
        _ => field.Value == answer.Value,
    };

    /// <summary>
    /// A read-only box whose answer is not a date: no calendar writes it, the page does, from another answer (a State
    /// filled by the chosen ZIP code suggestion). It is left until the other fields are filled, and set directly
    /// only if the page never wrote it.
    /// </summary>
    public static bool WrittenByPage(FormField field, FieldAnswer answer) =>
        field.Kind == "text" && field.ReadOnly && !FieldShape.TryDate(answer.Value, out _);

    /// <summary>Fills the field; returns the value as the page now shows it (option text for choices).</summary>
    public static async Task<string> FillAsync(FormField field, FieldAnswer answer)
    {
        var frame = field.Frame;
        var locator = frame.Locator($"[data-gh-id='{field.Id}']");
        var timeout = (float)ActionTimeout.TotalMilliseconds;
        if (field.Drawn.Length > 0 && field.Kind == "select" && answer.Choices.Count == 1)
        {
            return await DrawnSelect.ChooseAsync(locator, field, answer.Choices[0], timeout);
        }

        if (field.Hidden && field.Kind is not "file")
        {
            return await SetHiddenAsync(locator, field, answer);
        }

        switch (field.Kind)
        {
            case "file":
                await locator.SetInputFilesAsync(answer.Value, new() { Timeout = timeout });
                break;
            case "checkbox":
                await CheckAsync(locator, answer.Value == "true", timeout);
                break;
            case "select" or "multiselect":
                await locator.SelectOptionAsync(answer.Choices.Select(c => new SelectOptionValue { Value = c.Value }), new() { Timeout = timeout });
                break;
            case "radio":
                await CheckAsync(frame.Locator($"[data-gh-id='{answer.Choices[0].Id}']"), true, timeout);
                break;
            case "toggle" when field.Multiple:
                // Each pill keeps its own state: press the wanted ones not pressed yet, release the others.
                var pressed = answer.Choices.Select(c => c.Id).ToHashSet();
                foreach (var option in field.Options.Where(o => o.Selected != pressed.Contains(o.Id)))
                {
                    await PressAsync(frame.Locator($"[data-gh-id='{option.Id}']"), timeout);
                }

                break;
            case "toggle":
                var button = frame.Locator($"[data-gh-id='{answer.Choices[0].Id}']");
                await PressAsync(button, timeout);
                if (await locator.CountAsync() == 0)
                {
                    // The click drew the form again: the new buttons show their own state.
                    break;
                }

                // Buttons that show no state of their own: remember the click, so the next reading does not click again.
                await locator.EvaluateAsync("(group, id) => { for (const b of group.querySelectorAll('[data-gh-picked]')) { b.removeAttribute('data-gh-picked'); }"
                    + " const b = group.querySelector(`[data-gh-id='${id}']`); if (b) { b.setAttribute('data-gh-picked', ''); } }", answer.Choices[0].Id);
                break;
            case "checkboxgroup":
                var wanted = answer.Choices.Select(c => c.Id).ToHashSet();
                foreach (var option in field.Options)
                {
                    // A page that re-draws the group on each change leaves the options read before it detached: stop
                    // here, and the next reading of the page (new ids) continues with the boxes still to change.
                    var box = frame.Locator($"[data-gh-id='{option.Id}']");
                    if (await box.CountAsync() == 0)
                    {
                        break;
                    }

                    await CheckAsync(box, wanted.Contains(option.Id), timeout);
                }

                break;
            case "listbox":
                return await PopupChoice.OpenAndChooseAsync(locator, field, answer, timeout);
            case "combobox":
                return await PopupChoice.TypeAndChooseAsync(locator, field, answer, timeout);
            case "text" when field.ReadOnly || (field.Calendar && FieldShape.TryDate(answer.Value, out _)):
                return await DatePicker.PickAsync(locator, field, answer, timeout);
            case "text" when field.Dialer.Length > 0 && answer.DialCountry is not null:
                return await PhoneWidget.FillAsync(locator, field, answer, timeout);
            case "text" when IsPhone(field, answer):
                return await PhoneMask.FillAsync(locator, field, answer, timeout);
            case "text" when PlainSuggestions.MayOffer(field, answer):
                return await PlainSuggestions.FillAsync(locator, field, answer, timeout);
            default:
                // Fill replaces what is there (pre-filled wrong values) and fires input and change events.
                await locator.FillAsync(answer.Value, new() { Timeout = timeout });
                await locator.DispatchEventAsync("blur");
                return answer.Value;
        }

        return answer.Choices.Count > 0 ? string.Join(", ", answer.Choices.Select(c => c.Text)) : answer.Value;
    }

    /// <summary>
    /// Checks or unchecks a radio or checkbox. One hidden inside a styled card (its own <c>hidden</c>, zero size) is
    /// reached through what a person clicks: its label, or the card around it; so is a shown one whose click landed on
    /// something over it (a footer fixed at the bottom of the window). A page that draws its form again on each change
    /// leaves the box clicked detached: the new one shows its own state and is read on the next pass.
    /// </summary>
    private static async Task CheckAsync(ILocator option, bool on, float timeout)
    {
        if (await option.IsVisibleAsync())
        {
            if (await option.IsCheckedAsync(new() { Timeout = timeout }) != on)
            {
                await option.ClickAsync(new() { Force = true, Timeout = timeout });
            }

            if (await option.CountAsync() == 0 || await option.IsCheckedAsync(new() { Timeout = timeout }) == on)
            {
                return;
            }
        }

        await option.EvaluateAsync(
            "(el, on) => { if (el.checked === on) { return; }"
            + " const target = [...(el.labels || [])].find((l) => l.getClientRects().length) || el.closest('label,[role=radio],[role=checkbox],li,div') || el;"
            + " target.click(); if (el.checked !== on) { el.click(); } }", on);
    }

    /// <summary>
    /// Clicks an answer button. One under a layer that never leaves (a pointer click lands on the layer) is given the
    /// click its keyboard would give it, dispatched to the button itself: the page's own handler answers it.
    /// </summary>
    private static async Task PressAsync(ILocator button, float timeout)
    {
        try
        {
            await button.ClickAsync(new() { Timeout = timeout });
        }
        catch (System.TimeoutException e) when (BlockedClick.Reason(e.Message).EndsWith(" covers it", StringComparison.Ordinal))
        {
            await button.DispatchEventAsync("click");
        }
    }

    /// <summary>Sets a hidden control's value directly and fires the events a custom widget listens to.</summary>
    private static async Task<string> SetHiddenAsync(ILocator locator, FormField field, FieldAnswer answer)
    {
        string[] values = field.Kind switch
        {
            "select" or "multiselect" or "radio" or "checkboxgroup" => [.. answer.Choices.Select(c => c.Value)],
            _ => [answer.Value],
        };
        await locator.EvaluateAsync(
            "(el, values) => { if (el.tagName === 'SELECT') { for (const o of el.options) { o.selected = values.includes(o.value); } }"
            + " else if (el.type === 'checkbox' || el.type === 'radio') { el.checked = values[0] === 'true'; } else { el.value = values[0]; }"
            + " el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }", values);
        return answer.Choices.Count > 0 ? string.Join(", ", answer.Choices.Select(c => c.Text)) : answer.Value;
    }

    private static bool IsPhone(FormField field, FieldAnswer answer) =>
        answer.Source == "userData.phone" && field.Dialer.Length == 0 && PhoneMask.IsNumber(answer.Value);

    private static string Key(FieldOption o) => o.Id.Length > 0 ? o.Id : o.Value;
}

/// <summary>A field the engine found an answer for but could not put into the control (no matching option).</summary>
internal sealed class UnansweredException(FormField field, string reason) : Exception($"'{field.Label}': {reason}")
{
    public FormField Field { get; } = field;

    /// <summary>The options a list showed only once opened, none of which the answer matched; empty when none were read.</summary>
    public IReadOnlyList<string> Offered { get; init; } = [];
}
