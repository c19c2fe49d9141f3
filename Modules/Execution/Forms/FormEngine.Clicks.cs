using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The engine's step clicks: one that something covers does not happen and says what covered it; the cover is cleared
/// when it can be; a statement whose acceptance is disabled is read to its end.
/// </summary>
internal sealed partial class FormEngine
{
    /// <summary>Clicks after which the engine stops when each one was blocked by something on top of its button.</summary>
    public const int MaxBlockedClicks = 2;

    private int blockedClicks;

    /// <summary>
    /// Scrolls every scrolling box of the page to its end, as a reader of the statement would: the page's way of
    /// enabling an acceptance it keeps disabled until then. Does nothing when no acceptance is disabled.
    /// </summary>
    private async Task ReadStatementToEndAsync(PageInventory inventory)
    {
        if (!ConsentGate.Locked(inventory))
        {
            return;
        }

        foreach (var frame in Page.Frames)
        {
            try
            {
                await frame.EvaluateAsync(ScrollToEnd);
            }
            catch (PlaywrightException)
            {
                // A frame that navigated away is read again on the next round.
            }
        }
    }

    private const string ScrollToEnd = """
        () => {
          for (const el of document.querySelectorAll('*')) {
            if (el.scrollHeight > el.clientHeight + 2 && /auto|scroll/.test(getComputedStyle(el).overflowY)) { el.scrollTop = el.scrollHeight; }
          }
          window.scrollTo(0, document.documentElement.scrollHeight);
        }
        """;

    /// <summary>
    /// Clears what lies over a button whose click was blocked, when it is a banner or layer the page can be rid of: a
    /// statement accepted (<see cref="ConsentGate.Accept"/>), a notice closed or a cookie notice answered with only the
    /// cookies the site needs (<see cref="ConsentGate.Close"/>). True when it clicked one of its buttons.
    /// </summary>
    private async Task<bool> ClearCoverAsync(PageButton button)
    {
        if (await CoverAsync(button) is not { } cover)
        {
            return false;
        }

        var page = await ReadPageAsync();
        var over = page with { Buttons = [.. page.Buttons.Where(b => cover.Ids.Contains(b.Id))], Dialog = cover.Text.Length > 0 ? cover.Text : " " };
        if ((ConsentGate.Accept(over) ?? ConsentGate.Close(over)) is not { } choice)
        {
            return false;
        }

        await session.NarrateAsync("step_started", $"Clicking \"{choice.Text}\" on what covers \"{button.Text}\".", new { button = choice.Text, final = false });
        await session.CountActionAsync("click");
        return await ClickStepAsync(choice) is null;
    }

    /// <summary>What lies over the button's centre once it is scrolled to the middle of the window; null when nothing does.</summary>
    private static async Task<Cover?> CoverAsync(PageButton button)
    {
        try
        {
            var raw = await button.Frame.EvaluateAsync<JsonElement>(CoverOf, button.Id);
            return raw.ValueKind == JsonValueKind.Object ? raw.Deserialize<Cover>(CoverJson) : null;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    /// <summary>
    /// The opening tag of what covers the button, once the page has stopped working with it still on top (a banner or
    /// layer that waits for an answer); null as soon as nothing covers it. A cover that is still moving (a notice fading
    /// out) is given the time a click would wait for it.
    /// </summary>
    private async Task<string?> StaysCoveredAsync(PageButton button)
    {
        var until = DateTime.UtcNow + ClickTimeout;
        while (await CoverAsync(button) is { } cover)
        {
            if (DateTime.UtcNow >= until || await Quiet.IsQuietAsync())
            {
                return cover.Tag ?? "a layer";
            }

            await Task.Delay(Poll, session.CancellationToken);
        }

        return null;
    }

    private static readonly TimeSpan ClickTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A pop-up list still open over the button (one whose pick did not close it, or one opened to read its options)
    /// is closed with Escape, once; true when nothing covers the button after that.
    /// </summary>
    private async Task<bool> ClosedLeftOpenListAsync(PageButton button, string cover)
    {
        if (!cover.Contains("role=\"listbox\"", StringComparison.Ordinal) && !cover.Contains("role=\"menu\"", StringComparison.Ordinal))
        {
            return false;
        }

        await Page.Keyboard.PressAsync("Escape");
        return await StaysCoveredAsync(button) is null;
    }

    private static readonly JsonSerializerOptions CoverJson = new(JsonSerializerDefaults.Web);

    private sealed record Cover(string[] Ids, string Text, string? Tag);

    // The element at the button's centre once it is scrolled to the middle, and, when that is not the button, the
    // outermost box holding it that does not hold the button: the banner or layer over it, with its buttons' ids.
    private const string CoverOf = """
        (id) => {
          const el = document.querySelector(`[data-gh-id="${id}"]`);
          if (!el) { return null; }
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          if (!hit || el.contains(hit) || hit.contains(el)) { return null; }
          let cover = hit;
          while (cover.parentElement && !cover.parentElement.contains(el)) { cover = cover.parentElement; }
          const html = cover.outerHTML;
          return { ids: [...cover.querySelectorAll('[data-gh-id]')].map((b) => b.getAttribute('data-gh-id')), text: (cover.innerText || '').slice(0, 2000),
            tag: html.slice(0, Math.min(html.indexOf('>') + 1 || 200, 200)) };
        }
        """;

    /// <summary>
    /// Clicks the button; null when it was clicked, else why it could not be (an overlay or dialog over it, a button
    /// that never became visible): nothing was clicked, so nothing was sent.
    /// </summary>
    private async Task<string?> ClickStepAsync(PageButton button)
    {
        try
        {
            // A click on a covered button would wait its whole timeout for the cover to go: a cover that stays is
            // reported as soon as the page is quiet, so it is cleared at once.
            if (await StaysCoveredAsync(button) is { } cover && !await ClosedLeftOpenListAsync(button, cover))
            {
                return $"{cover} covers it";
            }

            await Quiet.StartAsync();
            operating = "";
            submitting = PageReading.IsFinalSubmit(button);
            await button.Frame.Locator($"[data-gh-id='{button.Id}']").ClickAsync(new() { Timeout = (float)ClickTimeout.TotalMilliseconds });
            sentOnce |= submitting;
            return null;
        }
        catch (System.TimeoutException e)
        {
            return BlockedClick.Reason(e.Message);
        }
        catch (PlaywrightException e) when (!Page.IsClosed)
        {
            // Detached mid-click (the page drew the step again): nothing was clicked, and the page is read again.
            return BlockedClick.Reason(e.Message);
        }
        finally
        {
            submitting = false;
        }
    }
}

/// <summary>Reads why Playwright could not click: the element that intercepted the pointer, or the check that failed.</summary>
internal static partial class BlockedClick
{
    /// <summary>"&lt;div id="x" class="modal-backdrop"&gt; covers it", "it is not visible", else the message's first line.</summary>
    public static string Reason(string message)
    {
        if (Intercepts().Matches(message).LastOrDefault() is { } cover)
        {
            return $"{cover.Groups["element"].Value} covers it";
        }

        return NotReady().Matches(message).LastOrDefault() is { } check
            ? $"it is {check.Groups["state"].Value}"
            : message.Split('\n')[0].Trim();
    }

    [GeneratedRegex(@"(?<element><[a-z][^>\n]{0,200}>)[^\n]*?intercepts pointer events", RegexOptions.IgnoreCase)]
    private static partial Regex Intercepts();

    [GeneratedRegex(@"element is (?<state>not (visible|enabled|stable|attached))", RegexOptions.IgnoreCase)]
    private static partial Regex NotReady();
}
