using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A file box that takes its file only once a button beside it is pressed: the browser's own "Browse" box with an
/// "Attach" or "Upload" button next to it (classic Taleo, older iCIMS), where a chosen but unattached file is refused.
/// Only for a file box a person sees and uses directly: a button drawn over a hidden file box ("Attach resume") is the
/// way to open the file chooser, not a second step.
/// </summary>
internal static class AttachButton
{
    /// <summary>The button that attaches the file chosen in <paramref name="field"/>, or null when there is none.</summary>
    public static async Task<ILocator?> FindAsync(FormField field)
    {
        var box = field.Frame.Locator($"[data-gh-id='{field.Id}']");
        return await box.CountAsync() == 1 && await box.EvaluateAsync<bool>(MarkScript) ? field.Frame.Locator("[data-gh-attach]") : null;
    }

    // Marks (data-gh-attach) an enabled button worded as attaching or uploading in the smallest block around the
    // visible file box that holds no other field; true when there is one.
    private const string MarkScript = """
        (el) => {
          for (const old of el.ownerDocument.querySelectorAll('[data-gh-attach]')) { old.removeAttribute('data-gh-attach'); }
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || getComputedStyle(el).opacity === '0') { return false; }
          const words = (b) => (b.tagName === 'INPUT' ? b.value : b.textContent || '').replace(/\s+/g, ' ').trim();
          let box = el.parentElement;
          for (let depth = 0; depth < 3 && box; depth++, box = box.parentElement) {
            if ([...box.querySelectorAll('input:not([type=hidden]):not([type=button]):not([type=submit]),select,textarea')].some((c) => c !== el)) { return false; }
            const button = [...box.querySelectorAll('button,input[type=button],input[type=submit],[role=button]')]
              .find((b) => !b.disabled && b.getClientRects().length && /^(attach|upload)( (the |this |a )?(file|document|resume|cv))?$/i.test(words(b)));
            if (button) { button.setAttribute('data-gh-attach', ''); return true; }
          }
          return false;
        }
        """;
}
