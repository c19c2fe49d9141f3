using System.Text.Json;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The engine's way past a notice over the form (<see cref="Notices"/>): a cookie notice, an offer to subscribe or a
/// choice between signing in and going on as a guest, in a modal dialog or a banner fixed over the page, is answered
/// once, before anything is filled under it.
/// </summary>
internal sealed partial class FormEngine
{
    private readonly HashSet<string> dismissed = [];

    /// <summary>The page read again after a notice was dismissed; null when there was none to dismiss.</summary>
    private async Task<PageInventory?> DismissNoticeAsync(PageInventory inventory)
    {
        var layer = inventory.Dialog.Length > 0 ? inventory
            : inventory.Login && Notices.GuestAllowed(inventory) ? inventory with { Dialog = " " }
            : await BannerAsync(inventory);
        if (layer is null || Notices.Dismissal(layer) is not { } choice || !dismissed.Add(choice.Text + "\n" + layer.Dialog[..Math.Min(layer.Dialog.Length, 120)]))
        {
            return null;
        }

        await session.NarrateAsync("step_started", $"Clicking \"{choice.Text}\" on a notice over the form.", new { button = choice.Text, final = false });
        await session.CountActionAsync("click");
        if (await ClickStepAsync(choice) is not null)
        {
            return null;
        }

        var until = DateTime.UtcNow + ClickTimeout;
        while (DateTime.UtcNow < until && !await Quiet.IsQuietAsync())
        {
            await Task.Delay(Poll, session.CancellationToken);
        }

        return await ReadPageAsync();
    }

    /// <summary>A cookie banner fixed over the page (no modal dialog), as a layer of its own text and buttons; null when none shows.</summary>
    private static async Task<PageInventory?> BannerAsync(PageInventory inventory)
    {
        foreach (var frame in inventory.Buttons.Select(b => b.Frame).Where(f => f is not null).Distinct())
        {
            try
            {
                var raw = await frame.EvaluateAsync<JsonElement>(FixedBanner);
                if (raw.ValueKind == JsonValueKind.Object && raw.Deserialize<Banner>(BannerJson) is { Text.Length: > 0 } banner)
                {
                    return inventory with { Buttons = [.. inventory.Buttons.Where(b => b.Frame == frame && banner.Ids.Contains(b.Id))], Dialog = banner.Text };
                }
            }
            catch (PlaywrightException)
            {
                // A frame that navigated away holds no banner.
            }
        }

        return null;
    }

    private static readonly JsonSerializerOptions BannerJson = new(JsonSerializerDefaults.Web);

    private sealed record Banner(string[] Ids, string Text);

    // The outermost visible box fixed or stuck to the window that speaks of cookies and holds buttons.
    private const string FixedBanner = """
        () => {
          for (const el of document.querySelectorAll('body *')) {
            const s = getComputedStyle(el);
            if ((s.position !== 'fixed' && s.position !== 'sticky') || s.display === 'none' || s.visibility === 'hidden' || !el.getClientRects().length) { continue; }
            const text = (el.innerText || '').trim();
            if (!/cookie/i.test(text) || text.length > 3000 || el.querySelector('input:not([type=checkbox]):not([type=hidden]),select,textarea')) { continue; }
            const ids = [...el.querySelectorAll('[data-gh-id]')].map((b) => b.getAttribute('data-gh-id'));
            if (ids.length) { return { ids, text }; }
          }
          return null;
        }
        """;
}
