using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A section of spoken languages (<see cref="LanguageEntries"/>) gets one row per profile language: its "Add" button is
/// clicked once per language, the row's language chosen and its fluency box ticked where the profile says so. Rows have
/// no Save button; levels are left as the page has them.
/// </summary>
internal sealed partial class FormEngine
{
    private readonly Dictionary<string, int> languageRows = [];

    /// <summary>Adds the rows still missing in a language <paramref name="section"/> the form asks for; returns the page as it is after.</summary>
    private async Task<PageInventory> AddLanguageRowsAsync(PageInventory inventory, AddSection section)
    {
        var languages = LanguageEntries.Names(input);
        var key = TextNorm.Normalize(section.Caption);
        var added = languageRows.GetValueOrDefault(key);
        // A section the page filled itself is left alone; one asked for (a mark, or its own error line) gets its rows.
        if (!(section.Required || section.Error.Length > 0) || languages.Count == 0 || added >= languages.Count || (section.Filled && added == 0))
        {
            return inventory;
        }

        await session.NarrateAsync("step_started", $"Adding a row to \"{Short(section.Caption)}\" for each language of the profile.",
            new { section = section.Caption, languages, section.Error });
        var add = section;
        for (var i = added; i < languages.Count && add is not null; i++)
        {
            await session.CountActionAsync("click");
            try
            {
                await add.Frame.Locator($"[data-gh-id='{add.Id}']").ClickAsync(new() { Timeout = 5000 });
            }
            catch (System.TimeoutException)
            {
                break;
            }

            languageRows[key] = i + 1;
            if (await WaitForChangeAsync(inventory, RevealWait) is not { } row)
            {
                break;
            }

            inventory = await FillLanguageRowAsync(row, languages[i]);
            // The page may draw the section again after each pick: its "Add" button is found anew.
            add = (await AddSections.ReadAsync(Page)).FirstOrDefault(s => TextNorm.Normalize(s.Caption) == key)
                ?? (await AddSections.ReadAsync(Page)).FirstOrDefault(s => LanguageEntries.IsSection(s.Caption));
        }

        return inventory;
    }

    /// <summary>Chooses <paramref name="language"/> in the newest row and ticks its fluency box when the profile says so.</summary>
    private async Task<PageInventory> FillLanguageRowAsync(PageInventory row, string language)
    {
        // Rows are added last: the newest is the last language choice and the last fluency box on the page.
        if (row.Fields.LastOrDefault(LanguageEntries.IsLanguage) is { } choice)
        {
            var option = choice.Kind == "select" ? OptionMatcher.Best(language, choice.Options) : null;
            await FillRowFieldAsync(choice, new FieldAnswer(language, "userData.languages", option is null ? [] : [option]));
            row = await WaitForChangeAsync(row, RevealWait) ?? await ReadPageAsync();
        }

        if (LanguageEntries.IsFluent(input, language) && row.Fields.LastOrDefault(LanguageEntries.IsFluency) is { } fluent)
        {
            await FillRowFieldAsync(fluent, new FieldAnswer("true", "userData.languages", []));
            row = await ReadPageAsync();
        }

        return row;
    }

    private async Task FillRowFieldAsync(FormField field, FieldAnswer answer)
    {
        if (FieldFiller.Satisfied(field, answer))
        {
            return;
        }

        try
        {
            await session.CountActionAsync("fill");
            var value = await FieldFiller.FillAsync(field, answer);
            filled[field.Key] = new FilledField(field.Label, field.Name, value, answer.Source);
            await session.NarrateAsync("field_filled", $"Filled \"{Short(field.Label)}\" with \"{Short(value)}\" from {answer.Source}.",
                new { field = field.Label, name = field.Name, value, source = answer.Source });
        }
        catch (Exception e) when (e is UnansweredException or System.TimeoutException)
        {
            await session.NarrateAsync("field_skipped", $"Could not fill \"{Short(field.Label)}\": {Short(e.Message)}");
        }
    }
}
