using System.Globalization;
using GhostHands.Execution.Forms.Meaning;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Comboboxes drawn by script whose menu exists only while the input has focus (react-select and its kin): the whole
/// list shows once the typed text is cleared, and a multi-select takes one typed search and one pick per item, each
/// pick turning into a chip beside the input.
/// </summary>
internal static class ScriptCombobox
{
    /// <summary>How long a cleared input may take to show its whole menu.</summary>
    public static readonly TimeSpan MenuWait = TimeSpan.FromMilliseconds(1500);

    /// <summary>
    /// An answer of several items for one combobox: options read from its menu, or a profile list, or a screening answer
    /// to a question on a list's topic ("Which languages do you speak fluently?": "English, Spanish").
    /// </summary>
    public static bool IsList(FieldAnswer answer) =>
        answer.Choices.Count > 1
        || (ProfileKeys.All.Any(k => k.Type.StartsWith("list", StringComparison.Ordinal) && (answer.Source == $"userData.{k.Key}" || (answer.Question is not null && Topics.Of(answer.Question) == k.Key)))
            && OptionMatcher.SplitList(answer.Value).Count() > 1);

    /// <summary>Clears the input, opens the menu and chooses the option the answer means; null when no menu or no match.</summary>
    public static async Task<string?> ChooseFromFullListAsync(ILocator input, FormField field, FieldAnswer answer, float timeout)
    {
        await input.FillAsync("", new() { Timeout = timeout });
        var options = await PopupChoice.OptionsOfAsync(input, field);
        if (!await PopupChoice.AppearAsync(options, MenuWait))
        {
            await input.PressAsync("ArrowDown", new() { Timeout = timeout });
            options = await PopupChoice.OptionsOfAsync(input, field);
            if (!await PopupChoice.AppearAsync(options, MenuWait))
            {
                // Some prompts open their list only when clicked, as a person opens it.
                await input.ClickAsync(new() { Timeout = timeout });
                options = await PopupChoice.OptionsOfAsync(input, field);
                if (!await PopupChoice.AppearAsync(options, MenuWait))
                {
                    return null;
                }
            }
        }

        if (await PopupChoice.ChooseAsync(options, field, answer, timeout, input) is { } chosen)
        {
            return chosen;
        }

        await input.PressAsync("Escape", new() { Timeout = timeout });
        return null;
    }

    /// <summary>
    /// Types each item and picks the suggestion that is that item (strictly, as <see cref="OptionMatcher.Many"/>
    /// reads it: "React" is not "React Native"); items already chosen are left as they are.
    /// </summary>
    public static async Task<string> ChooseEachAsync(ILocator input, FormField field, FieldAnswer answer, float timeout)
    {
        var items = answer.Choices.Count > 1 ? answer.Choices.Select(c => c.Text).ToList() : [.. OptionMatcher.SplitList(answer.Value)];
        var chosen = new List<string>();
        await RedrawnCombobox.MarkAsync(input, field);
        foreach (var item in items)
        {
            // A page that draws the value area again on each pick replaces the input: the next item goes into the new one.
            // One gone for good leaves the answer part chosen: the field is not answered, never answered in part.
            if (await RedrawnCombobox.InputAsync(input, field) is null)
            {
                await Task.Delay(RedrawnCombobox.ShowWait);
                if (await RedrawnCombobox.InputAsync(input, field) is null)
                {
                    throw new UnansweredException(field, $"the input went away before '{item}' of '{answer.Value}' was chosen");
                }
            }

            // An item already a chip has left the menu: typing it finds nothing, and it is chosen as it is.
            if (await RedrawnCombobox.ShowsAsync(field, item, TimeSpan.Zero))
            {
                chosen.Add(item);
                continue;
            }

            await input.FillAsync(item, new() { Timeout = timeout });
            var options = await PopupChoice.OptionsOfAsync(input, field);
            if (!await PopupChoice.AppearAsync(options, PopupChoice.SuggestionWait))
            {
                continue;
            }

            var texts = await options.AllInnerTextsAsync();
            var list = texts.Select((t, i) => new FieldOption(i.ToString(CultureInfo.InvariantCulture), "", t.Trim(), false)).ToList();
            if (Pick(item, list, answer) is not { } pick)
            {
                continue;
            }

            var option = options.Nth(int.Parse(pick.Id, CultureInfo.InvariantCulture));
            if (await option.GetAttributeAsync("aria-selected") != "true" && !await RedrawnCombobox.ShowsAsync(field, pick.Text, TimeSpan.Zero))
            {
                await option.ClickAsync(new() { Timeout = timeout });

                // The chip is drawn before the next item is typed; one drawn elsewhere is read with the page.
                await RedrawnCombobox.ShowsAsync(field, pick.Text, RedrawnCombobox.ShowWait);
            }

            chosen.Add(pick.Text);
        }

        if (await RedrawnCombobox.InputAsync(input, field) is null)
        {
            return chosen.Count > 0 ? string.Join(", ", chosen) : throw new UnansweredException(field, $"the input went away before '{answer.Value}' was chosen");
        }

        await input.FillAsync("", new() { Timeout = timeout });
        await input.PressAsync("Escape", new() { Timeout = timeout });
        await input.DispatchEventAsync("blur");
        return chosen.Count > 0 ? string.Join(", ", chosen)
            : throw new UnansweredException(field, $"no suggestion matches any of '{answer.Value}'");
    }

    /// <summary>Whether a multi-select shows every item of a list answer among its chips.</summary>
    public static bool ShowsAll(FormField field, FieldAnswer answer)
    {
        var chips = OptionMatcher.SplitList(field.Value).ToList();
        var shown = chips.Select(TextNorm.Normalize).ToHashSet();
        // An option naming several things ("Java / Kotlin") is split like the chips' words are.
        var items = answer.Choices.Count > 1 ? answer.Choices.SelectMany(c => OptionMatcher.SplitList(c.Text)) : OptionMatcher.SplitList(answer.Value);
        return items.All(i => shown.Contains(TextNorm.Normalize(i)) || (IsTools(answer) && chips.Any(c => SkillChoices.Edited(c, i))));
    }

    /// <summary>
    /// The suggestion that is <paramref name="item"/>: by name, strictly (<see cref="OptionMatcher.Many"/>), or, when the
    /// answer lists the applicant's tools, the bare tool written with an edition or another of its names (".NET Core"
    /// for ".NET", "K8s" for "Kubernetes"; <see cref="SkillChoices.Edited"/>). "React" is still not "React Native" nor
    /// "React + Redux", and a skill whose number is its name ("ISO 27001", "SOC 2") takes only itself.
    /// </summary>
    internal static FieldOption? Pick(string item, IReadOnlyList<FieldOption> suggestions, FieldAnswer answer) =>
        OptionMatcher.Many(item, suggestions).FirstOrDefault()
        ?? (IsTools(answer) ? suggestions.FirstOrDefault(o => !OptionMatcher.IsPlaceholder(o) && SkillChoices.Edited(o.Text, item)) : null);

    private static bool IsTools(FieldAnswer answer) =>
        answer.Source == "userData.skills" || (answer.Question is not null && Topics.Of(answer.Question) == "skills");
}
