using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A native select hidden behind a drawn dropdown: a toggle, link or read-only text showing the choice, opening a list
/// under it or at the end of <c>body</c>, often with a search box, whose script writes the pick back into the select
/// (<see cref="FormField.Drawn"/>). The pick is made as a person makes it, through the drawn list, so that the widget's
/// own state and display follow; the select is then read back and, when the list did not set it (a list that did not
/// open, an option it does not show, a script that only redraws), set directly with input and change events, so that
/// what the form posts is always the answer.
/// </summary>
internal static class DrawnSelect
{
    /// <summary>How long the drawn list may take to show the option after the toggle is clicked or its search box typed into.</summary>
    public static readonly TimeSpan ListWait = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    // Elements showing exactly the option's words, visible, outside the select, the toggle and any label, the leaf-most
    // ones. "mark" marks those seen before the list opened; "find" tags the first one not marked (an ARIA option first)
    // and returns its data-gh-id; "clear" removes the marks.
    private const string OptionScript = """
        ([opener, text, mode]) => {
          if (mode === 'clear') { document.querySelectorAll('[data-gh-before]').forEach((e) => e.removeAttribute('data-gh-before')); return null; }
          const clean = (s) => (s || '').replace(/\s+/g, ' ').trim().toLowerCase();
          const want = clean(text);
          const shows = (e) => typeof e.checkVisibility === 'function' ? e.checkVisibility({ visibilityProperty: true }) : e.getClientRects().length > 0;
          const hits = [...document.querySelectorAll('[role=option],li,a,div,span,button,td,p')]
            .filter((e) => clean(e.textContent) === want && !e.closest('select,label') && !opener.contains(e) && !e.contains(opener) && shows(e));
          const leaves = hits.filter((e) => !hits.some((o) => o !== e && e.contains(o)));
          if (mode === 'mark') { leaves.forEach((e) => e.setAttribute('data-gh-before', '')); return null; }
          const fresh = leaves.filter((e) => !e.hasAttribute('data-gh-before')).map((e) => e.closest('[role=option]') || e);
          const pick = fresh.find((e) => e.matches('[role=option]')) || fresh[0];
          if (!pick) { return null; }
          if (!pick.hasAttribute('data-gh-id')) { pick.setAttribute('data-gh-id', 'g' + (window.__ghSeq = (window.__ghSeq || 0) + 1)); }
          return pick.getAttribute('data-gh-id');
        }
        """;

    // A search box the opened list put the focus in (visible, typed into), other than the toggle.
    private const string SearchScript = """
        (opener) => {
          const a = document.activeElement;
          return !!a && a !== opener && a.matches('input:not([type]),input[type=text],input[type=search]') && !a.readOnly && a.getClientRects().length > 0;
        }
        """;

    private const string SetScript = """
        (s, value) => { s.value = value; s.dispatchEvent(new Event('input', { bubbles: true })); s.dispatchEvent(new Event('change', { bubbles: true })); }
        """;

    /// <summary>Chooses <paramref name="choice"/> (an option of the hidden select) and returns its text.</summary>
    public static async Task<string> ChooseAsync(ILocator select, FormField field, FieldOption choice, float timeout)
    {
        var opener = field.Frame.Locator($"[data-gh-id='{field.Drawn}']");
        try
        {
            var handle = await opener.ElementHandleAsync(new() { Timeout = timeout });
            await field.Frame.EvaluateAsync(OptionScript, new object?[] { handle, choice.Text, "mark" });
            await opener.ClickAsync(new() { Timeout = timeout });
            var option = await ShownOptionAsync(field.Frame, handle, choice.Text);
            if (option is null && await opener.EvaluateAsync<bool>(SearchScript))
            {
                await field.Frame.Locator(":focus").FillAsync(choice.Text, new() { Timeout = timeout });
                option = await ShownOptionAsync(field.Frame, handle, choice.Text);
            }

            await field.Frame.EvaluateAsync(OptionScript, new object?[] { handle, choice.Text, "clear" });
            if (option is not null)
            {
                await field.Frame.Locator($"[data-gh-id='{option}']").ClickAsync(new() { Timeout = timeout });
            }
        }
        catch (System.TimeoutException)
        {
            // A toggle or option that cannot be clicked (covered, detached): the select is set directly below.
        }

        if (await select.EvaluateAsync<string>("s => s.value") != choice.Value)
        {
            await select.EvaluateAsync(SetScript, choice.Value);
            // A list left open would cover the fields below it; its own toggle closes it.
            if (await opener.CountAsync() > 0 && await opener.GetAttributeAsync("aria-expanded", new() { Timeout = timeout }) == "true")
            {
                await opener.ClickAsync(new() { Timeout = timeout });
            }
        }

        return choice.Text;
    }

    /// <summary>The data-gh-id of the option showing <paramref name="text"/> that appeared since the toggle was clicked.</summary>
    private static async Task<string?> ShownOptionAsync(IFrame frame, IElementHandle opener, string text)
    {
        for (var waited = TimeSpan.Zero; waited <= ListWait; waited += Poll)
        {
            if (await frame.EvaluateAsync<string?>(OptionScript, new object?[] { opener, text, "find" }) is { } found)
            {
                return found;
            }

            await Task.Delay(Poll);
        }

        return null;
    }
}
