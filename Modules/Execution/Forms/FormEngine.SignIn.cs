using GhostHands.Execution.Assist;
using GhostHands.Execution.Browser;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>The engine's stored sign-in: used once, when a sign-in wall appears.</summary>
internal sealed partial class FormEngine
{
    /// <summary>
    /// Signs in with the stored credential and waits for the page to react. Returns the page after, or the outcome to
    /// end with: no usable credential (the wall stays a blocker), a form it cannot read, or a refusal.
    /// </summary>
    private async Task<(PageInventory Inventory, FormOutcome? Stop)> SignInAsync(PageInventory inventory)
    {
        var wall = new FormOutcome.Blocked("login", "The page asks to sign in before applying.");
        var (login, problem) = await signIn!.LoadAsync(session.CancellationToken);
        if (login is null)
        {
            return (inventory, problem is null ? wall : wall with { Message = problem });
        }

        if (SignInForm.Find(inventory) is not { } form)
        {
            return (inventory, wall with { Message = $"The page asks to sign in, but its sign-in form was not recognised; the stored {signIn.Platform} sign-in was not used." });
        }

        var (account, password, button) = form;

        AssistLog.SigningIn(session.Context.Logger, signIn.Platform, login.Id);
        await session.NarrateAsync("sign_in_started", $"Signing in to {signIn.Platform} with the stored credential.", new { platform = signIn.Platform });
        var timeout = (float)options.SettleTimeout.TotalMilliseconds;
        try
        {
            await session.CountActionAsync("fill");
            await account.Frame.Locator($"[data-gh-id='{account.Id}']").FillAsync(login.Username.Reveal(), new() { Timeout = timeout });
            await session.CountActionAsync("fill");
            await password.Frame.Locator($"[data-gh-id='{password.Id}']").FillAsync(login.Password.Reveal(), new() { Timeout = timeout });
            await session.CountActionAsync("click");
            await button.Frame.Locator($"[data-gh-id='{button.Id}']").ClickAsync(new() { Timeout = timeout });
        }
        catch (Exception e) when (e is System.TimeoutException || (e is PlaywrightException && !Page.IsClosed))
        {
            // Playwright's message is not passed on: nothing typed into a sign-in form belongs in an event.
            return (inventory, wall with { Message = $"The {signIn.Platform} sign-in form did not respond." });
        }

        var after = await WaitForSignInAsync(inventory);
        if (after.Login)
        {
            await signIn.RefusedAsync(login);
            AssistLog.SignInResult(session.Context.Logger, signIn.Platform, login.Id, "was refused");
            await session.NarrateAsync("credentials_rejected", $"The page refused the stored {signIn.Platform} sign-in; it is marked invalid until it is stored again.",
                new { platform = signIn.Platform });
            return (after, wall with { Message = $"The page refused the stored {signIn.Platform} sign-in; store a new one and resume the job." });
        }

        await signIn.AcceptedAsync(login);
        AssistLog.SignInResult(session.Context.Logger, signIn.Platform, login.Id, "succeeded");
        session.SignedIn = true;
        await session.NarrateAsync("signed_in", $"Signed in to {signIn.Platform}.", new { platform = signIn.Platform });
        return (after, null);
    }

    /// <summary>The page after a sign-in click: once it stopped changing, or at the settle timeout.</summary>
    private async Task<PageInventory> WaitForSignInAsync(PageInventory before)
    {
        var deadline = DateTime.UtcNow + options.SettleTimeout;
        var inventory = before;
        string? last = null;
        var stable = 0;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll, session.CancellationToken);
            inventory = await ReadPageAsync();
            stable = inventory.Signature == last ? stable + 1 : 0;
            last = inventory.Signature;
            if (inventory.Signature != before.Signature && stable >= 2 && (!inventory.Login || inventory.Fields.Count + inventory.Buttons.Count > 0))
            {
                return inventory;
            }
        }

        return inventory;
    }
}
