using GhostHands.Execution.Assist;
using GhostHands.Execution.Browser;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>The engine's fill passes: each field with a known answer, then the language model for what is left.</summary>
internal sealed partial class FormEngine
{
    // Options of custom lists opened only to read them, by field key: the lists' options exist only while open.
    private readonly Dictionary<string, IReadOnlyList<FieldOption>> peeked = [];

    // Labels of controls the browser would not act on when last tried: a rejection naming one says so.
    private readonly HashSet<string> inoperable = [];

    /// <summary>Fills every field with a known, not yet shown answer; re-reads the page after controls that re-render it.</summary>
    private async Task<PageInventory> FillPassAsync(PageInventory inventory)
    {
        var chose = false;
        for (var round = 0; round < 60; round++)
        {
            if (inventory.Captcha || inventory.Login || BudgetSpent)
            {
                return inventory;
            }

            inventory = await PeekListsAsync(inventory);

            var todo = inventory.Fields
                .Select(f => (Field: f, Answer: Answer(f, inventory)))
                .Where(p => p.Answer is not null && ToFill(p.Field, p.Answer) && fillCounts.GetValueOrDefault(p.Field.Key) < MaxFillsPerField
                    && !UploadedAlready(p.Field) && !PageDates.KeepsPageDate(p.Field, filled.ContainsKey(p.Field.Key)))
                .ToList();
            if (todo.Any(p => !FieldFiller.WrittenByPage(p.Field, p.Answer!)))
            {
                todo.RemoveAll(p => FieldFiller.WrittenByPage(p.Field, p.Answer!));
            }

            if (todo.Count == 0)
            {
                // A choice may show follow-up questions only after a pause (fetched, animated in): give the page that
                // long to show them before the form is judged complete, so they are filled before the first submit.
                if (chose && await WaitForChangeAsync(inventory, RevealWait) is { } revealed)
                {
                    chose = false;
                    inventory = revealed;
                    continue;
                }

                if (await SurvivingChangesAsync("a list of categories", () => ChooseCategoriesAsync(inventory), () => Task.FromResult<PageInventory?>(null)) is { } chosen)
                {
                    inventory = chosen;
                    continue;
                }

                return inventory;
            }

            chose = todo.Any(p => p.Field.Kind is not ("text" or "file" or "combobox"));

            // One span per group of fields filled between two readings of the page; a file field is its own upload step.
            using var group = BrowserSteps.Start(session.Context, BrowserSteps.FillFields);
            var attempted = 0;
            foreach (var (field, answer) in todo)
            {
                session.CancellationToken.ThrowIfCancellationRequested();
                operating = field.Label;
                if (await Detached(field))
                {
                    // The page drew its form again (a choice that re-renders every step): every control read before
                    // is gone, and waiting on each for its action timeout is what kept such forms busy to their end.
                    break;
                }

                using var upload = field.Kind == "file" ? BrowserSteps.Start(session.Context, BrowserSteps.Upload) : null;
                group?.SetTag("gh.fields", ++attempted);
                fillCounts[field.Key] = fillCounts.GetValueOrDefault(field.Key) + 1;
                try
                {
                    await session.CountActionAsync("fill");
                    var shown = await FieldFiller.FillAsync(field, answer!);
                    if (field.Kind == "file" && await AttachButton.FindAsync(field) is { } attach)
                    {
                        await session.CountActionAsync("click");
                        await attach.ClickAsync(new() { Timeout = 5000 });
                    }

                    var value = field.Kind == "file" ? Path.GetFileName(shown) : shown;
                    filled[field.Key] = new FilledField(field.Label, field.Name, value, answer!.Source);
                    inoperable.Remove(field.Label);
                    PressedAgain(field);
                    await session.NarrateAsync("field_filled", $"Filled \"{Short(field.Label)}\" with \"{Short(value)}\" from {answer.Source}.",
                        new { field = field.Label, name = field.Name, value, source = answer.Source });
                }
                catch (UnansweredException e) when (e.Offered.Count > 0 && field.Options.Count == 0 && Peeked(field) is null)
                {
                    // A list whose options show only once opened was answered before they were known ("yes" for a
                    // question whose options each say more): the answer is planned again from what it offered.
                    peeked[field.Key] = [.. e.Offered.Select((t, i) => new FieldOption($"peek{i}", t, t, false))];
                    await session.NarrateAsync("field_skipped", $"{e.Message}; the answer is planned again from its options.");
                }
                catch (UnansweredException e)
                {
                    fillCounts[field.Key] = MaxFillsPerField;
                    if (field.Required)
                    {
                        unfillable.Add(new OpenQuestion(WidgetAnswers.Question(field), field.Name, field.Kind, []));
                    }

                    await session.NarrateAsync("field_skipped", e.Message);
                }
                catch (System.TimeoutException e)
                {
                    upload.Fail(e.Message);
                    inoperable.Add(field.Label);
                    NoteStuck(field, e.Message);
                    await session.NarrateAsync("field_skipped", $"Could not operate \"{Short(field.Label)}\": {Short(e.Message)}");
                }
                catch (PlaywrightException e) when (!Page.IsClosed && FindAgain(field, e))
                {
                    // The page changed under the field (re-drawn, its frame loaded again, navigated): what was read is
                    // stale, so the page is read again and the field, found by its key, filled once more.
                    upload.Fail(e.Message);
                    await session.NarrateAsync("field_skipped", $"The page changed under \"{Short(field.Label)}\" ({PageChanges.Describe(e)}); it is read again.");
                    break;
                }
                catch (PlaywrightException e) when (!Page.IsClosed)
                {
                    // A control the browser will not act on (drawn outside the window, detached by a re-render) costs
                    // that field, not the run: the page is read again and what is still required is asked for.
                    upload.Fail(e.Message);
                    inoperable.Add(field.Label);
                    NoteStuck(field, e.Message);
                    await session.NarrateAsync("field_skipped", $"Could not operate \"{Short(field.Label)}\": {Short(e.Message.Split('\n')[0])}");
                }

                if (field.Kind is "listbox" or "file")
                {
                    // These re-render or reveal parts of the page; everything read before them may be stale.
                    break;
                }
            }

            operating = "";
            inventory = await ReadPageAsync();
            await VerifyPressedAgainAsync(inventory);
        }

        return inventory;
    }

    /// <summary>
    /// A file box this step already took a file in and the page has not refused: a page that draws the step again
    /// after an upload shows an empty box beside the uploaded file's name, and each file set there is one more upload.
    /// </summary>
    private bool UploadedAlready(FormField field) =>
        field.Kind == "file" && field.Error.Length == 0 && fillCounts.GetValueOrDefault(field.Key) > 0;

    /// <summary>Whether the control read as <paramref name="field"/> is no longer on the page.</summary>
    private static async Task<bool> Detached(FormField field)
    {
        try
        {
            return await field.Frame.Locator($"[data-gh-id='{field.Id}']").CountAsync() == 0;
        }
        catch (PlaywrightException e) when (PageChanges.Detached(e))
        {
            return true;
        }
    }

    /// <summary>
    /// Opens each empty custom list the engine has no answer for yet, once, to learn its options; and each script
    /// combobox, and each list that holds a calling code, whose answer depends on the exact options (a country that
    /// shares "+1", a range, a list of skills) rather than on words typed into it.
    /// </summary>
    private async Task<PageInventory> PeekListsAsync(PageInventory inventory)
    {
        var peekedAny = false;
        foreach (var field in inventory.Fields.Where(f => f.Kind is "listbox" or "combobox" && f.Value.Length == 0 && f.Options.Count == 0 && !peeked.ContainsKey(f.Key)).ToList())
        {
            // A combobox that announces no popup is a type-ahead: its suggestions come only from typing.
            if ((field.Kind == "listbox" || !field.Popup) && !WidgetAnswers.IsCallingCodeField(field) && Answer(field, inventory) is not null)
            {
                continue;
            }

            peeked[field.Key] = [];
            operating = field.Label;
            try
            {
                var wait = field.Kind == "combobox" ? ScriptCombobox.MenuWait : PopupChoice.SuggestionWait;
                peeked[field.Key] = await PopupChoice.PeekAsync(field.Frame.Locator($"[data-gh-id='{field.Id}']"), field, 5000, wait);
                peekedAny = true;
            }
            catch (System.TimeoutException)
            {
                // A list that does not open is left to the fill pass and, if required, to a person.
            }
            catch (PlaywrightException e) when (!Page.IsClosed && PageChanges.Detached(e))
            {
                peeked[field.Key] = await PeekAgainAsync(field, e);
                peekedAny = true;
            }
            finally
            {
                operating = "";
            }
        }

        return peekedAny ? await ReadPageAsync() : inventory;
    }

    /// <summary>Asks the model each open question not asked before; true when it answered at least one.</summary>
    private async Task<bool> AskModelAsync(IReadOnlyList<OpenQuestion> questions)
    {
        if (assistant is null)
        {
            return false;
        }

        var answered = false;
        foreach (var question in questions.Where(q => asked.Add(q.Question)))
        {
            if (await assistant.AnswerAsync(session, question, input) is not { } answer)
            {
                continue;
            }

            assisted[question.Question] = answer;
            unfillable.RemoveAll(q => q.Question == question.Question);
            foreach (var key in fillCounts.Keys.Where(k => k.Contains($"|{question.Question}|", StringComparison.Ordinal)).ToList())
            {
                fillCounts.Remove(key);
            }

            answered = true;
        }

        return answered;
    }
}
