using System.Globalization;
using GhostHands.Execution.Forms.Meaning;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Choosing from options that exist only once a control is opened or typed into: custom dropdowns (a button or
/// <c>role=combobox</c> opening a <c>role=listbox</c>) and type-ahead inputs whose suggestions load as one types.
/// The options are often rendered at the end of <c>body</c>, away from the field ("portalled"): they are found
/// through <c>aria-controls</c> / <c>aria-owns</c>, else as the last listbox on screen.
/// </summary>
internal static class PopupChoice
{
    /// <summary>How long typed text may take to bring suggestions; a field that shows none keeps the typed text.</summary>
    public static readonly TimeSpan SuggestionWait = TimeSpan.FromSeconds(3);

    public static async Task<string> OpenAndChooseAsync(ILocator opener, FormField field, FieldAnswer answer, float timeout)
    {
        await OpenList.OpenAsync(opener, timeout);
        var options = await OptionsOfAsync(opener, field);
        if (!await AppearAsync(options, PopupSearch.OpenWait) && await PopupSearch.SearchAsync(field, answer, timeout) is { } found)
        {
            options = found;
        }

        await options.First.WaitForAsync(new() { Timeout = timeout });
        if (await IsMultiSelectAsync(options))
        {
            return await ChooseManyAsync(options, answer, field, timeout);
        }

        if (await ChooseAsync(options, field, answer, timeout, opener) is { } chosen)
        {
            return chosen;
        }

        // Left open, the list would cover the controls under it; what it offers is kept for the answer to be planned
        // again (its categories are no answer: a list of them alone offers nothing).
        var offered = await AnswersAsync(options);
        await OpenList.CloseAsync(opener, field, timeout, options);
        throw new UnansweredException(field, $"none of the options ({string.Join(", ", offered)}) matches '{answer.Value}'") { Offered = offered };
    }

    /// <summary>
    /// Opens a list only to read what it offers, then closes it with Escape: a question that says little ("Which of
    /// these do you work with?") is answered by its options. Nothing when no options appear.
    /// </summary>
    public static async Task<IReadOnlyList<FieldOption>> PeekAsync(ILocator opener, FormField field, float timeout, TimeSpan wait)
    {
        await OpenList.OpenAsync(opener, timeout);
        var options = await OptionsOfAsync(opener, field);
        if (!await AppearAsync(options, wait))
        {
            return [];
        }

        // A prompt of several levels offers only categories first: no answer, so they are not what it offers.
        var texts = await AnswersAsync(options);
        await OpenList.CloseAsync(opener, field, timeout, options);
        return [.. texts.Select((t, i) => new FieldOption($"peek{i}", t, t, false))];
    }

    public static async Task<string> TypeAndChooseAsync(ILocator input, FormField field, FieldAnswer answer, float timeout)
    {
        // A box that takes no typing ("Select...", read-only) opens its list when clicked, like a dropdown button:
        // typing into it would only wait out the action timeout.
        if (field.ReadOnly || !await input.IsEditableAsync(new() { Timeout = timeout }))
        {
            return await OpenAndChooseAsync(input, field, answer, timeout);
        }

        if (field.Options.Count > 0)
        {
            // A <datalist>: the suggestions are known; type the value of the one the answer means.
            var listed = OptionMatcher.Best(answer.Value, field.Options);
            var text = listed?.Value ?? answer.Value;
            await input.FillAsync(text, new() { Timeout = timeout });
            await input.DispatchEventAsync("blur");
            return text;
        }

        if (ScriptCombobox.IsList(answer))
        {
            return await ScriptCombobox.ChooseEachAsync(input, field, answer, timeout);
        }

        await input.FillAsync(answer.Value, new() { Timeout = timeout });
        var options = await OptionsOfAsync(input, field);
        var suggested = await AppearAsync(options, SuggestionWait);
        if (!suggested && await EnterSearch.SearchAsync(input, field, timeout) is { } results)
        {
            (options, suggested) = (results, true);
        }

        if (suggested && await ChooseAsync(options, field, answer, timeout, input) is { } chosen)
        {
            return chosen;
        }

        // The typed words may filter out the option they mean ("I am not a veteran" for "I am not a protected
        // veteran"): with the text cleared, a list whose menu shows every option is chosen from like any list.
        if (await ScriptCombobox.ChooseFromFullListAsync(input, field, answer, timeout) is { } fromMenu)
        {
            return fromMenu;
        }

        if (!suggested)
        {
            await input.FillAsync(answer.Value, new() { Timeout = timeout });
            await input.DispatchEventAsync("blur");
            return answer.Value;
        }

        throw new UnansweredException(field, $"no suggestion matches '{answer.Value}'");
    }

    /// <summary>Whether at least one of <paramref name="options"/> shows within <paramref name="wait"/>.</summary>
    public static async Task<bool> AppearAsync(ILocator options, TimeSpan wait)
    {
        try
        {
            await options.First.WaitForAsync(new() { Timeout = (float)wait.TotalMilliseconds });
            return true;
        }
        catch (System.TimeoutException)
        {
            return false;
        }
    }

    public static async Task<ILocator> OptionsOfAsync(ILocator control, FormField field)
    {
        foreach (var attribute in new[] { "aria-controls", "aria-owns" })
        {
            if (await control.GetAttributeAsync(attribute) is { Length: > 0 } ids)
            {
                var selector = string.Join(",", ids.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => $"[id='{id}'] [role=option],[id='{id}'][role=option]"));
                return field.Frame.Locator(selector);
            }
        }

        return await OpenList.InOwnRootAsync(control, field) ?? field.Frame.Locator("[role=listbox]:visible").Last.Locator("[role=option]");
    }

    private static Task<bool> IsMultiSelectAsync(ILocator options) =>
        options.First.EvaluateAsync<bool>("o => o.closest('[role=listbox]')?.getAttribute('aria-multiselectable') === 'true'");

    /// <summary>
    /// A list that keeps several picks (<c>aria-multiselectable</c>): each click toggles one option and the list stays
    /// open, so every part of a list answer is clicked unless already selected, any other selected option is clicked
    /// off, and the list is closed as a person would, with Escape.
    /// </summary>
    private static async Task<string> ChooseManyAsync(ILocator options, FieldAnswer answer, FormField field, float timeout)
    {
        var texts = await options.AllInnerTextsAsync();
        var list = texts.Select((t, i) => new FieldOption(i.ToString(CultureInfo.InvariantCulture), "", t.Trim(), false)).ToList();
        var wanted = OptionMatcher.Many(answer.Value, list).Select(o => int.Parse(o.Id, CultureInfo.InvariantCulture)).ToHashSet();
        if (wanted.Count == 0)
        {
            throw new UnansweredException(field, $"none of the options ({string.Join(", ", texts)}) matches '{answer.Value}'");
        }

        for (var i = 0; i < list.Count; i++)
        {
            var option = options.Nth(i);
            var selected = await option.GetAttributeAsync("aria-selected") == "true";
            if (selected != wanted.Contains(i))
            {
                await option.ClickAsync(new() { Timeout = timeout });
            }
        }

        await options.First.PressAsync("Escape", new() { Timeout = timeout });
        return string.Join(", ", wanted.Order().Select(i => list[i].Text));
    }

    /// <summary>
    /// Clicks the option <paramref name="answer"/> means; in a prompt of several levels, the one inside the category
    /// that holds it (<see cref="PromptLevels"/>), leaving a level through <paramref name="opener"/> when it has no way
    /// back. Null when no option means it.
    /// </summary>
    public static Task<string?> ChooseAsync(ILocator options, FormField field, FieldAnswer answer, float timeout, ILocator? opener = null) =>
        ChooseAtAsync(options, field, answer, timeout, opener, 0, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The options that may be an answer: neither a category nor a way back up.</summary>
    public static async Task<IReadOnlyList<string>> AnswersAsync(ILocator options)
    {
        var texts = await options.AllInnerTextsAsync();
        var marks = await PromptLevels.MarksAsync(options);
        return [.. texts.Where((t, i) => marks.Count != texts.Count || marks[i].Length == 0).Select(t => t.Trim())];
    }

    private static async Task<string?> ChooseAtAsync(ILocator options, FormField field, FieldAnswer answer, float timeout, ILocator? opener, int depth, ISet<string> opened)
    {
        var texts = await options.AllInnerTextsAsync();
        var marks = await PromptLevels.MarksAsync(options);
        marks = marks.Count == texts.Count ? marks : [.. texts.Select(_ => "")];
        var list = texts.Select((t, i) => new FieldOption(i.ToString(CultureInfo.InvariantCulture), "", t.Trim(), false)).Where((_, i) => marks[i].Length == 0).ToList();
        var choice = (answer.DaysToStart is { } days ? StartTiming.Pick(days, list) : null)
            ?? (answer.Place is { } place ? PlaceMatcher.Best(place, list) : null)
            ?? (answer.Whereabouts is { } where ? LocalOrRelocate.Pick(where, list) : null)
            ?? (answer.Zone is { } zone ? TimeZoneAnswer.Pick(zone, list) : null) ?? OptionMatcher.Best(answer.Value, list);
        if (choice is null)
        {
            return depth < PromptLevels.MaxDepth && marks.Contains("category")
                ? await PromptLevels.ChooseInsideAsync(options, marks, opener, timeout, depth, opened, d => ChooseAtAsync(options, field, answer, timeout, opener, d, opened))
                : null;
        }

        await options.Nth(int.Parse(choice.Id, CultureInfo.InvariantCulture)).ClickAsync(new() { Timeout = timeout });
        return choice.Text;
    }
}
