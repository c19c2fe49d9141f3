using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A script combobox that draws its value area again on every pick (react-select's kin): the input typed into is
/// replaced by a new one, with the chip of the pick beside it, so a multi-value answer cannot be typed into the input
/// read before the first pick. The boxes around the input are marked before typing; after a pick the input is found
/// again inside the innermost marked box still on the page and given the field's <c>data-gh-id</c>, and the pick is
/// verified by its words showing there, outside any list.
/// </summary>
internal static class RedrawnCombobox
{
    /// <summary>How long a pick may take to show as a chip beside the input before the next item is typed.</summary>
    public static readonly TimeSpan ShowWait = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    // How many boxes above the input are marked: a value area, its control, the field's shell and its row.
    private const int Levels = 4;

    private const string MarkScript = """
        (el, [id, levels]) => {
          let box = el.parentElement;
          for (let i = 0; i < levels && box && !box.matches('form,body'); i++, box = box.parentElement) { box.setAttribute('data-gh-around', id); }
        }
        """;

    // The one text-taking input (or combobox) inside the box that is not in a list; tagged with the field's id.
    private const string FindScript = """
        (box, id) => {
          const inputs = [...box.querySelectorAll('input,[role=combobox]')].filter((e) => !e.closest('[role=listbox]')
            && (e.matches('[role=combobox]') || /^(text|search|)$/.test(e.getAttribute('type') || '')) && e.getClientRects().length > 0);
          if (inputs.length !== 1) { return false; }
          inputs[0].setAttribute('data-gh-id', id);
          return true;
        }
        """;

    // Whether the words show in the box outside any list and outside the input itself: a chip or a single value. Words
    // inside another field's control (a select, a combobox not holding this field's input) are a neighbour's: a box
    // left marked after a redraw may hold other fields.
    private const string ShowsScript = """
        (box, [text, id]) => {
          const clean = (s) => (s || '').replace(/\s+/g, ' ').trim().toLowerCase();
          const want = clean(text);
          const neighbour = (at) => {
            const control = at.closest('select,[role=combobox],[role=radiogroup],[role=group]');
            return control !== null && box.contains(control) && !control.querySelector(`[data-gh-id='${id}']`) && control.getAttribute('data-gh-id') !== id;
          };
          const walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const at = n.parentElement;
            if (at && !at.closest('[role=listbox],[role=option],option,label') && !neighbour(at) && (clean(n.textContent) === want || clean(at.textContent) === want)) { return true; }
          }
          return false;
        }
        """;

    /// <summary>Marks the boxes around the input so that it can be found again once the page draws it anew.</summary>
    public static Task MarkAsync(ILocator input, FormField field) =>
        input.EvaluateAsync(MarkScript, new object[] { field.Id, Levels });

    /// <summary>
    /// The input of the field: the one read, or the one drawn in its place inside the innermost marked box. Null when
    /// neither is on the page.
    /// </summary>
    public static async Task<ILocator?> InputAsync(ILocator input, FormField field)
    {
        if (await input.CountAsync() > 0)
        {
            return input;
        }

        var boxes = field.Frame.Locator($"[data-gh-around='{field.Id}']");
        if (await boxes.CountAsync() == 0)
        {
            return null;
        }

        // Marked boxes nest, outermost first in document order: the last one still on the page is the innermost.
        return await boxes.Last.EvaluateAsync<bool>(FindScript, field.Id) ? input : null;
    }

    /// <summary>
    /// Whether the pick shows beside the input, waiting up to <paramref name="wait"/> for the page to draw it: the
    /// innermost marked box still on the page holds the chips.
    /// </summary>
    public static async Task<bool> ShowsAsync(FormField field, string text, TimeSpan wait)
    {
        var boxes = field.Frame.Locator($"[data-gh-around='{field.Id}']");
        var until = DateTime.UtcNow + wait;
        while (true)
        {
            if (await boxes.CountAsync() > 0 && await boxes.Last.EvaluateAsync<bool>(ShowsScript, new object[] { text, field.Id }))
            {
                return true;
            }

            if (DateTime.UtcNow >= until)
            {
                return false;
            }

            await Task.Delay(Poll);
        }
    }
}
