using GhostHands.Execution.Assist;
using GhostHands.Execution.Browser;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>The engine's waits: for the form to render, for the page to change, for the reaction to a click.</summary>
internal sealed partial class FormEngine
{
    /// <summary>Waits for a script-rendered form: until the page shows a field, a button or a blocker.</summary>
    private async Task<PageInventory> WaitForFormAsync()
    {
        var deadline = DateTime.UtcNow + options.SettleTimeout;
        PageInventory inventory;
        using (var step = BrowserSteps.Start(session.Context, BrowserSteps.WaitForForm))
        {
            await Quiet.StartAsync();
            inventory = await ReadPageAsync();
            // A statement to accept or a dialog on top stands before the form: it is dealt with first, not waited out; so
            // is a page that offers only a button to go on ("Apply") once it has stopped loading.
            while (inventory.Fields.Count == 0 && !inventory.Captcha && !inventory.Login && !ConsentGate.StandsBefore(inventory)
                && DateTime.UtcNow <= deadline && !(ConsentGate.Next(inventory) is not null && await Quiet.IsQuietAsync()))
            {
                await Task.Delay(Poll, session.CancellationToken);
                inventory = await ReadPageAsync();
            }

            step?.SetTag("gh.fields", inventory.Fields.Count);
        }

        // Questions about "the office" mean the posting's: where the page beside the form says the job is.
        input = input with { PostingLocation = await PostingLocation.ReadAsync(Page) };
        await session.ScreenshotAsync("form-loaded");
        await session.NarrateAsync("step_completed", $"The form is on screen with {inventory.Fields.Count} field(s).");
        return inventory;
    }

    private Task<PageInventory?> WaitForChangeAsync(PageInventory before) =>
        WaitForChangeAsync(before, options.SettleTimeout, buttonWillDo: true);

    /// <summary>The page once it shows something new (or, when <paramref name="buttonWillDo"/>, a button to go on), else null.</summary>
    private async Task<PageInventory?> WaitForChangeAsync(PageInventory before, TimeSpan wait, bool buttonWillDo = false)
    {
        var deadline = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll, session.CancellationToken);
            var now = await ReadPageAsync();
            if (now.Signature != before.Signature || (buttonWillDo && ConsentGate.Next(now) is not null))
            {
                return now;
            }
        }

        return null;
    }

    private async Task<(Reaction, PageInventory)> AwaitReactionAsync(PageInventory before)
    {
        var started = DateTime.UtcNow;
        var deadline = started + options.SettleTimeout;
        string? last = null;
        var stable = 0;
        var inventory = before;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll, session.CancellationToken);
            inventory = await ReadPageAsync();
            if (PageReading.Confirmed(before, inventory) is not null)
            {
                return (Reaction.Confirmed, inventory);
            }

            var signature = inventory.Signature;
            stable = signature == last ? stable + 1 : 0;
            last = signature;
            var hasErrors = PageReading.Rejects(before, inventory);
            if (signature != before.Signature && stable >= 2 && inventory.Fields.Count + inventory.Buttons.Count > 0)
            {
                await NoteFlaggedSectionsAsync(hasErrors);
                return (hasErrors ? Reaction.Errors : Reaction.NextStep, inventory);
            }

            // About a second of nothing after the click: ask the browser whether its own validation blocked it, once,
            // instead of waiting out the settle timeout for a request that was never sent.
            if (signature == before.Signature && stable == 6
                && (inventory.Fields.Any(f => !string.IsNullOrEmpty(f.Native) && f.Required) || (await ConstraintValidation.MarkInvalidAsync(Page)).Count > 0))
            {
                return (Reaction.Errors, inventory);
            }

            // Nothing changed, no request is out and the page has stopped working: the click was ignored.
            if (signature == before.Signature && stable >= 6 && await Quiet.IsQuietAsync())
            {
                return (Reaction.None, inventory);
            }
        }

        return (Reaction.None, inventory);
    }
}
