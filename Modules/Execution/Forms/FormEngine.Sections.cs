using GhostHands.Execution.Forms.Meaning;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Repeatable sections behind an "Add" button (see <see cref="AddSections"/>): a section the form asks for is opened
/// once, the editor it shows is filled from the profile (the fields the section's entry is made of, and any other the
/// editor marks required) and its entry saved, as a person would before submitting.
/// </summary>
internal sealed partial class FormEngine
{
    private readonly HashSet<string> openedSections = [];

    /// <summary>Opens, fills and saves each section <see cref="AddSections.ShouldOpen"/> picks; returns the page as it is after.</summary>
    private async Task<PageInventory> OpenSectionsAsync(PageInventory inventory)
    {
        foreach (var section in await AddSections.ReadAsync(Page))
        {
            if (!AddSections.ShouldOpen(section) || !openedSections.Add(TextNorm.Normalize(section.Caption)))
            {
                continue;
            }

            await session.NarrateAsync("step_started", $"Opening \"{Short(section.Caption)}\" to add an entry.", new { section = section.Caption, section.Required, section.Error });
            await session.CountActionAsync("click");
            try
            {
                await section.Frame.Locator($"[data-gh-id='{section.Id}']").ClickAsync(new() { Timeout = 5000 });
            }
            catch (Exception e) when (e is System.TimeoutException || (e is PlaywrightException p && !Page.IsClosed && PageChanges.Detached(p)))
            {
                continue;
            }

            if (await WaitForChangeAsync(inventory, RevealWait) is not { } editor)
            {
                continue;
            }

            var topics = AddSections.TopicsOf(section.Caption)!;
            await FillEntryAsync(inventory, editor, topics);
            inventory = await SaveEntryAsync(inventory, section);
        }

        return inventory;
    }

    /// <summary>Fills the fields the editor added: those on the section's topics, and required ones with an answer.</summary>
    private async Task FillEntryAsync(PageInventory before, PageInventory editor, IReadOnlySet<string> topics)
    {
        var fresh = editor.Fields.Where(f => !before.Fields.Any(o => o.Id == f.Id && o.Frame == f.Frame)).ToList();
        foreach (var field in fresh)
        {
            var wanted = field.Required || AddSections.Holds(topics, field.Label);
            if (!wanted || Answer(field, editor) is not { } answer || FieldFiller.Satisfied(field, answer))
            {
                continue;
            }

            try
            {
                await session.CountActionAsync("fill");
                var value = await FieldFiller.FillAsync(field, answer);
                filled[field.Key] = new FilledField(field.Label, field.Name, value, answer.Source);
                await session.NarrateAsync("field_filled", $"Filled \"{Short(field.Label)}\" with \"{Short(value)}\" from {answer.Source}.",
                    new { field = field.Label, name = field.Name, value, source = answer.Source });
            }
            catch (Exception e) when (e is UnansweredException or System.TimeoutException || (e is PlaywrightException p && !Page.IsClosed && PageChanges.Detached(p)))
            {
                await session.NarrateAsync("field_skipped", $"Could not fill \"{Short(field.Label)}\": {Short(e.Message)}");
            }
        }
    }

    /// <summary>Clicks the button the editor added to keep its entry ("Save", "Done"); the page as it is after.</summary>
    private async Task<PageInventory> SaveEntryAsync(PageInventory before, AddSection section)
    {
        var now = await ReadPageAsync();
        var save = now.Buttons.FirstOrDefault(b => !b.Disabled && b.Id != section.Id && AddSections.Saves(b.Text)
            && !before.Buttons.Any(o => o.Id == b.Id && o.Frame == b.Frame));
        if (save is null)
        {
            return now;
        }

        await session.CountActionAsync("click");
        await save.Frame.Locator($"[data-gh-id='{save.Id}']").ClickAsync(new() { Timeout = 5000 });
        await session.NarrateAsync("step_completed", $"Saved the entry of \"{Short(section.Caption)}\" with \"{save.Text}\".");
        return await WaitForChangeAsync(now, RevealWait) ?? await ReadPageAsync();
    }
}
