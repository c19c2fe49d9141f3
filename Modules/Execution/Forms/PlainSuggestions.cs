using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Type-aheads that announce nothing: a plain text box whose script, a moment after typing, draws a list of plain
/// elements (divs, a <c>ul</c>) under the box or at the end of <c>body</c>, and keeps only an entry that is clicked
/// (in a hidden field, or by refusing typed text). The page is watched while the answer is typed: elements that appear
/// or show near the box with what was typed in their text are its suggestions, and the one the answer means is
/// clicked. A box that draws nothing keeps the typed text. The text a chosen entry wrote is remembered on the box
/// (<c>data-gh-chosen</c>), so a later reading sees the choice kept, and a page that puts back the typed text (a
/// refused submit) is chosen from again.
/// </summary>
internal static class PlainSuggestions
{
    /// <summary>How long a box may stay without any change on the page before it is taken to suggest nothing.</summary>
    private const int QuietMs = 600;

    /// <summary>How long a page that changed after typing may take to show its suggestions.</summary>
    private const int ListMs = 2500;

    /// <summary>Profile entries no site offers to complete (names, addresses of mail and web, amounts, dates).</summary>
    private static readonly HashSet<string> TypedOnly =
    [
        "userData.first_name", "userData.last_name", "userData.email", "userData.phone", "userData.linkedin_url",
        "userData.website", "userData.github_url", "userData.portfolio_url", "userData.salary_expectation",
        "userData.years_experience", "userData.start_date", "userData.postal_code", "userData.pronouns",
    ];

    /// <summary>A one-line box that takes free typing: the only kind such scripts hang a list under.</summary>
    private static bool MayOffer(FormField field) =>
        field.Kind == "text" && field.Type is "text" or "search" && !field.ReadOnly && !field.Hidden && field.Dialer.Length == 0;

    /// <summary>
    /// Whether typing this answer into this box is worth watching for a list: not for an answer that no type-ahead
    /// offers (a name, an email, a link, a number, a date), so that every ordinary box is not kept waiting.
    /// </summary>
    public static bool MayOffer(FormField field, FieldAnswer answer) =>
        MayOffer(field)
        && !answer.Source.Split(" + ").All(TypedOnly.Contains)
        && !answer.Value.Contains('@')
        && !answer.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
        && answer.Value.Any(char.IsLetter);

    /// <summary>Types the answer and picks the suggestion it means, if the page draws any; returns what the box shows.</summary>
    public static async Task<string> FillAsync(ILocator box, FormField field, FieldAnswer answer, float timeout)
    {
        var queries = Queries(answer.Value).ToList();
        for (var i = 0; i < queries.Count; i++)
        {
            await box.EvaluateAsync(WatchScript);
            await box.FillAsync(queries[i], new() { Timeout = timeout });
            // Scripts that listen for key strokes rather than input events see one that changes nothing.
            await box.PressAsync("End", new() { Timeout = timeout });
            var count = await box.EvaluateAsync<int>(FindScript, new object[] { queries[i], QuietMs, ListMs });
            if (count == 0)
            {
                if (i == 0)
                {
                    await box.DispatchEventAsync("blur");
                    return answer.Value;
                }

                continue;
            }

            var options = field.Frame.Locator("[data-gh-suggest]");
            if (await PopupChoice.ChooseAsync(options, field, answer, timeout) is { } chosen)
            {
                return await KeepAsync(box, field, chosen);
            }
        }

        // Suggestions came but none is the answer: the typed answer stays, and the page judges it.
        await box.FillAsync(answer.Value, new() { Timeout = timeout });
        await box.PressAsync("Escape", new() { Timeout = timeout });
        await box.DispatchEventAsync("blur");
        return answer.Value;
    }

    /// <summary>
    /// Confirms the click was taken: the box holds text (the chosen entry's, or what the page writes for it);
    /// remembers that text on the box.
    /// </summary>
    private static async Task<string> KeepAsync(ILocator box, FormField field, string chosen)
    {
        // A page that draws its form again on each choice has replaced the box: the next reading shows what it kept.
        if (await box.CountAsync() == 0)
        {
            return chosen;
        }

        var shown = await box.EvaluateAsync<string>(KeepScript);
        if (shown.Length == 0)
        {
            throw new UnansweredException(field, $"the page did not keep the suggestion '{chosen}'");
        }

        return shown;
    }

    /// <summary>The whole answer, then its part before the first comma: a shorter search finds what the whole may not.</summary>
    internal static IEnumerable<string> Queries(string answer)
    {
        var whole = answer.Trim();
        var head = whole.Split(',')[0].Trim();
        return new[] { whole, head }.Where(q => q.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    // Records every element the page adds, shows or restyles from now on.
    private const string WatchScript = """
        (el) => {
          const doc = el.ownerDocument, win = doc.defaultView;
          if (win.__ghWatch) { win.__ghWatch.mo.disconnect(); }
          for (const n of doc.querySelectorAll('[data-gh-suggest]')) { n.removeAttribute('data-gh-suggest'); }
          const rec = [];
          const mo = new win.MutationObserver((ms) => { for (const m of ms) {
            if (m.type === 'childList') { m.addedNodes.forEach((n) => { if (n.nodeType === 1) { rec.push(n); } }); } else { rec.push(m.target); } } });
          mo.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
          win.__ghWatch = { mo, rec };
        }
        """;

    // Waits for suggestions: visible elements added or shown near the box whose entries hold a word typed. Marks the
    // entries with data-gh-suggest and returns how many there are.
    private const string FindScript = """
        async (el, [typed, quiet, total]) => {
          const win = el.ownerDocument.defaultView, watch = win.__ghWatch;
          if (!watch) { return 0; }
          const norm = (s) => (s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
          const words = norm(typed).split(' ').filter((w) => w.length >= 2);
          const visible = (e) => { const r = e.getBoundingClientRect(); const s = win.getComputedStyle(e); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
          const near = (e) => { const b = el.getBoundingClientRect(), r = e.getBoundingClientRect();
            return r.bottom >= b.top - 400 && r.top <= b.bottom + 400 && r.right >= b.left - 200 && r.left <= b.right + 200; };
          const entry = (i) => { const t = norm(i.textContent); return t.length > 0 && t.length <= 200 && !i.querySelector('input,select,textarea,button,a[href]') && visible(i); };
          const itemsOf = (root) => { let c = root; while (c.children.length === 1 && c.firstElementChild.children.length) { c = c.firstElementChild; }
            const kids = [...c.children].filter(entry); return kids.length ? kids : (entry(c) ? [c] : []); };
          let changed = false;
          const find = () => {
            const roots = [...new Set(watch.rec)].filter((n) => n.isConnected && n !== el && !n.contains(el) && visible(n) && near(n));
            changed = changed || roots.length > 0;
            const outer = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
            const lists = [];
            const byParent = new Map();
            for (const r of outer) { byParent.set(r.parentElement, [...(byParent.get(r.parentElement) || []), r]); }
            for (const [, members] of byParent) { if (members.length > 1) { lists.push(members.filter(entry)); } else { lists.push(itemsOf(members[0])); } }
            return lists.find((items) => items.length && items.some((i) => words.some((w) => norm(i.textContent).includes(w)))) || null;
          };
          const start = Date.now();
          let items = null;
          while (Date.now() - start < total) {
            items = find();
            if (items || (!changed && Date.now() - start >= quiet)) { break; }
            await new Promise((r) => setTimeout(r, 100));
          }
          watch.mo.disconnect();
          win.__ghWatch = null;
          if (!items) { return 0; }
          items.forEach((i, n) => i.setAttribute('data-gh-suggest', String(n)));
          return items.length;
        }
        """;

    // After the click: what the box holds a moment later, written onto it as the kept choice.
    private const string KeepScript = """
        async (el) => {
          await new Promise((r) => setTimeout(r, 250));
          const v = (el.value || '').trim();
          if (v) { el.setAttribute('data-gh-chosen', el.value); }
          return v;
        }
        """;
}
