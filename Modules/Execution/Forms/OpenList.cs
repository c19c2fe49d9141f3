using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Opening and closing a custom list through its opener, for lists that only toggle: a button whose click opens the list
/// when closed and closes it when open, and which Escape does not close (a design-system select drawing its
/// <c>role=listbox</c> in its own shadow root). A list left open by a look at its options is closed with a second
/// click, and an opener already showing its list open is not clicked shut before a choice.
/// </summary>
internal static class OpenList
{
    /// <summary>How long a list may take to close after Escape before its opener is clicked again.</summary>
    public static readonly TimeSpan CloseWait = TimeSpan.FromMilliseconds(400);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    // The host of the opener's shadow root when that root draws its own list: options are looked for there first, since
    // another component's list left open elsewhere on the page is not this field's.
    private const string RootScript = """
        (el) => {
          const root = el.getRootNode();
          if (!(root instanceof ShadowRoot) || !root.querySelector('[role=listbox]')) { return null; }
          if (!root.host.hasAttribute('data-gh-root')) { root.host.setAttribute('data-gh-root', 'r' + (window.__ghSeq = (window.__ghSeq || 0) + 1)); }
          return root.host.getAttribute('data-gh-root');
        }
        """;

    /// <summary>Opens the list, unless its opener (not a box typed into) says it is open already.</summary>
    public static async Task OpenAsync(ILocator opener, float timeout)
    {
        if (!await TakesTypingAsync(opener) && await opener.GetAttributeAsync("aria-expanded", new() { Timeout = timeout }) == "true")
        {
            return;
        }

        await opener.ClickAsync(new() { Timeout = timeout });
    }

    /// <summary>
    /// Closes a list as a person would, with Escape. A list whose opener is not a box typed into (those close as they
    /// lose focus) and that is still open after <see cref="CloseWait"/> (its opener still expanded, or its options in
    /// the opener's own root still shown) is closed by clicking its opener again. A list drawn elsewhere (at the end of
    /// <c>body</c>) whose <paramref name="shown"/> options stay on screen while its opener says nothing of being open is
    /// closed as a person would close it, by clicking beside it: left open it covers the controls under it.
    /// </summary>
    public static async Task CloseAsync(ILocator opener, FormField field, float timeout, ILocator? shown = null)
    {
        await opener.PressAsync("Escape", new() { Timeout = timeout });
        if (await opener.CountAsync() != 1 || await TakesTypingAsync(opener))
        {
            return;
        }

        var own = await InOwnRootAsync(opener, field);
        var until = DateTime.UtcNow + CloseWait;
        while (true)
        {
            var expanded = await opener.GetAttributeAsync("aria-expanded", new() { Timeout = timeout }) == "true" || (own is not null && await own.CountAsync() > 0);
            var left = !expanded && shown is not null && await shown.First.IsVisibleAsync();
            if (!expanded && !left)
            {
                return;
            }

            if (DateTime.UtcNow >= until)
            {
                if (expanded)
                {
                    await opener.ClickAsync(new() { Timeout = timeout });
                }
                else
                {
                    await field.Frame.EvaluateAsync(ClickBesideScript);
                }

                return;
            }

            await Task.Delay(Poll);
        }
    }

    // A click on the page's background: the press, release and click a page listens to when it closes its lists on a
    // click anywhere outside them. Sent to <body>, which nothing acts on, so no control, link or button takes it.
    private const string ClickBesideScript = """
        () => {
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
            const Kind = type.startsWith('pointer') && window.PointerEvent ? PointerEvent : MouseEvent;
            document.body.dispatchEvent(new Kind(type, { bubbles: true, cancelable: true, composed: true, view: window }));
          }
        }
        """;

    /// <summary>The options of a list drawn in the opener's own shadow root; null when the opener's root draws none.</summary>
    public static async Task<ILocator?> InOwnRootAsync(ILocator opener, FormField field) =>
        await opener.EvaluateAsync<string?>(RootScript) is { Length: > 0 } host
            ? field.Frame.Locator($"[data-gh-root='{host}'] [role=listbox]:visible [role=option]")
            : null;

    private static Task<bool> TakesTypingAsync(ILocator opener) =>
        opener.EvaluateAsync<bool>("(el) => el.isContentEditable || (el.tagName === 'INPUT' && !el.readOnly)");
}
