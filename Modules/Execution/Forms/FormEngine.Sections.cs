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
    private readonly HashSet<string> savedEditors = [];
    private readonly Dictionary<string, string> flaggedSections = [];

    /// <summary>
    /// Keeps the message each section shows right after a refused click, by the section's caption. A page that draws
    /// its step again on the next change (an upload, a pick) wipes that message before the sections are read, and a
    /// section with no mark of its own then no longer reads as asked for; on the next step the messages are dropped.
    /// </summary>
    private async Task NoteFlaggedSectionsAsync(bool refused)
    {
        if (!refused)
        {
            flaggedSections.Clear();
            return;
        }

        foreach (var section in (await AddSections.ReadAsync(Page)).Where(s => s.Error.Length > 0))
        {
            flaggedSections[TextNorm.Normalize(section.Caption)] = section.Error;
        }
    }

    /// <summary>The sections on the page, each with the message a refusal left in it even where the page has since wiped it.</summary>
    private async Task<IReadOnlyList<AddSection>> ReadSectionsAsync() =>
        [.. (await AddSections.ReadAsync(Page)).Select(s => s.Error.Length == 0 && flaggedSections.TryGetValue(TextNorm.Normalize(s.Caption), out var error) ? s with { Error = error } : s)];

    /// <summary>Opens, fills and saves each section <see cref="AddSections.ShouldOpen"/> picks; returns the page as it is after.</summary>
    private async Task<PageInventory> OpenSectionsAsync(PageInventory inventory)
    {
        foreach (var section in await ReadSectionsAsync())
        {
            if (AddSections.AsksPastJobs(section))
            {
                // The profile holds only the current job: earlier ones are a person's to give, and never opened here.
                if (openedSections.Add(TextNorm.Normalize(section.Caption)))
                {
                    unfillable.Add(new OpenQuestion(section.Caption, "", "section", []));
                    await session.NarrateAsync("field_skipped", $"\"{Short(section.Caption)}\" asks for earlier jobs the profile does not hold.", new { section = section.Caption });
                }

                continue;
            }

            if (LanguageEntries.IsSection(section.Caption))
            {
                inventory = await AddLanguageRowsAsync(inventory, section);
                continue;
            }

            // A section is opened again once it shows a message of its own after a refused submit.
            if (!AddSections.ShouldOpen(section) || !openedSections.Add(TextNorm.Normalize(section.Caption) + "\n" + section.Error))
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

        return await SaveOpenEditorsAsync(inventory);
    }

    /// <summary>Fills the fields the editor added: those on the section's topics, and required ones with an answer.</summary>
    private async Task FillEntryAsync(PageInventory before, PageInventory editor, IReadOnlySet<string> topics)
    {
        var fresh = editor.Fields.Where(f => !before.Fields.Any(o => o.Id == f.Id && o.Frame == f.Frame)).ToList();
        foreach (var field in fresh)
        {
            // The entry's own parts are filled even where the editor calls them optional (EntryParts).
            var part = EntryParts.Question(topics, field.Label);
            var current = EntryParts.IsCurrentJob(topics, field);
            var wanted = field.Required || part is not null || current || AddSections.Holds(topics, field.Label);
            var planned = current ? EntryParts.CurrentJob(input) : Answer(part is null ? field : field with { Label = part }, editor);
            if (!wanted || planned is not { } answer || FieldFiller.Satisfied(field, answer))
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
        try
        {
            await save.Frame.Locator($"[data-gh-id='{save.Id}']").ClickAsync(new() { Timeout = 5000 });
        }
        catch (Exception e) when (e is System.TimeoutException or Microsoft.Playwright.PlaywrightException)
        {
            // The editor stays open and is dealt with before any submit (SaveOpenEditorsAsync).
            return now;
        }

        var after = await WaitForChangeAsync(now, RevealWait) ?? await ReadPageAsync();
        // Kept means the editor closed: its save button is gone. One still open is saved again before any submit.
        var kept = !after.Buttons.Any(b => b.Id == save.Id && b.Frame == save.Frame);
        await session.NarrateAsync("step_completed", kept
            ? $"Saved the entry of \"{Short(section.Caption)}\" with \"{save.Text}\"."
            : $"The entry of \"{Short(section.Caption)}\" stayed open after \"{save.Text}\": {Short(string.Join("; ", PageReading.Errors(after)))}",
            new { section = section.Caption, kept });
        return after;
    }

    /// <summary>
    /// An entry editor left open (<see cref="EntryEditors"/>) on a section the profile fills, whether the page opened it
    /// or its save did not take, is filled and saved once more: pages refuse a submit while one is open, often saying so
    /// only inside the section. The fields it still flags after that are asked of a person, so the form is not sent with
    /// the editor open. Returns the page as it is after.
    /// </summary>
    private async Task<PageInventory> SaveOpenEditorsAsync(PageInventory inventory)
    {
        foreach (var editor in await EntryEditors.ReadAsync(Page))
        {
            if (AddSections.TopicsOf(editor.Caption) is not { } topics
                || !EntryEditors.HoldsEntry(editor.Caption, topics, inventory.Fields.Where(f => editor.FieldIds.Contains(f.Id)))
                || !savedEditors.Add(editor.SaveId))
            {
                continue;
            }

            await session.NarrateAsync("step_started", $"An entry of \"{Short(editor.Caption)}\" is open: saving it before going on.", new { section = editor.Caption });
            var outside = inventory with { Fields = [.. inventory.Fields.Where(f => !editor.FieldIds.Contains(f.Id))] };
            await FillEntryAsync(outside, inventory, topics);
            var now = await ReadPageAsync();
            inventory = await SaveEditorAsync(editor, now) ? await WaitForChangeAsync(now, RevealWait) ?? await ReadPageAsync() : now;
            if (inventory.Buttons.Any(b => b.Id == editor.SaveId && b.Frame == editor.Frame))
            {
                // Still open: the form is not sent with it, whatever the page says about it.
                unfillable.AddRange(EntryEditors.Unsaved(editor, inventory));
            }
        }

        return inventory;
    }

    /// <summary>Clicks the editor's save button when the page lets it be clicked; false when it is disabled or the click fails.</summary>
    private async Task<bool> SaveEditorAsync(EntryEditor editor, PageInventory now)
    {
        if (!EntryEditors.CanSave(editor, now))
        {
            await session.NarrateAsync("field_skipped", $"\"{editor.SaveText}\" of \"{Short(editor.Caption)}\" is disabled: the entry is not complete.", new { section = editor.Caption });
            return false;
        }

        try
        {
            await session.CountActionAsync("click");
            await editor.Frame.Locator($"[data-gh-id='{editor.SaveId}']").ClickAsync(new() { Timeout = 5000 });
            return true;
        }
        catch (Exception e) when (e is System.TimeoutException or Microsoft.Playwright.PlaywrightException)
        {
            await session.NarrateAsync("field_skipped", $"Could not click \"{editor.SaveText}\" of \"{Short(editor.Caption)}\": {Short(e.Message)}", new { section = editor.Caption });
            return false;
        }
    }
}
