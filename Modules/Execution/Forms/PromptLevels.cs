using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Prompts of several levels (Workday's sources and locations): the first level lists categories ("Social Media ›",
/// "North America ›") and the answers show only once one is opened. A category is marked by a chevron after its words
/// (as text, or drawn by CSS on the option or an icon in it), <c>aria-expanded</c> or <c>aria-haspopup</c> on the
/// option, or an icon class naming a chevron or a submenu. A category is never the answer: when the options shown do
/// not hold it, each category is opened in turn (at most <see cref="MaxCategories"/>, <see cref="MaxDepth"/> levels
/// down) and the answer chosen inside; one that does not hold it is left through the level's back control ("‹ Social
/// Media", "Back"), else by opening the list again from its opener.
/// </summary>
internal static class PromptLevels
{
    /// <summary>At most this many categories are opened for one answer.</summary>
    public const int MaxCategories = 12;

    /// <summary>Levels below the first that are looked into.</summary>
    public const int MaxDepth = 2;

    /// <summary>How long a category may take to show what it holds.</summary>
    public static readonly TimeSpan LevelWait = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>What each option is: "category", "back" (a control leading a level up) or "" (an answer).</summary>
    public static async Task<IReadOnlyList<string>> MarksAsync(ILocator options) =>
        await options.EvaluateAllAsync<string[]>(MarkScript);

    /// <summary>
    /// Opens the categories among <paramref name="options"/> in turn and chooses the answer inside one, through
    /// <paramref name="choose"/> (which may go a level further down); the text chosen, or null when none holds it.
    /// </summary>
    public static async Task<string?> ChooseInsideAsync(
        ILocator options, IReadOnlyList<string> marks, ILocator? opener, float timeout, int depth, ISet<string> opened,
        Func<int, Task<string?>> choose)
    {
        var texts = await options.AllInnerTextsAsync();
        var categories = texts.Select(t => t.Trim()).Where((t, i) => marks[i] == "category" && !opened.Contains(t)).ToList();
        foreach (var category in categories)
        {
            if (opened.Count >= MaxCategories)
            {
                return null;
            }

            opened.Add(category);
            var shown = (await options.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
            var at = shown.IndexOf(category);
            if (at < 0)
            {
                return null;
            }

            await options.Nth(at).ClickAsync(new() { Timeout = timeout });
            if (!await ChangedAsync(options, shown))
            {
                return null;
            }

            if (await choose(depth + 1) is { } chosen)
            {
                return chosen;
            }

            if (!await BackAsync(options, shown, opener, timeout))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Back to the level that showed <paramref name="level"/>; false when no way back was found.</summary>
    private static async Task<bool> BackAsync(ILocator options, IReadOnlyList<string> level, ILocator? opener, float timeout)
    {
        var now = (await options.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        if (Same(now, level) || level.All(now.Contains))
        {
            // Opened in place (a tree): the level is still shown around what the category added.
            return true;
        }

        var marks = now.Count > 0 ? await MarksAsync(options) : [];
        var back = marks.ToList().IndexOf("back");
        if (back >= 0)
        {
            await options.Nth(back).ClickAsync(new() { Timeout = timeout });
        }
        else if (now.Count > 0 && await options.First.EvaluateAsync<int>(BackControlScript) is var control and >= 0)
        {
            await options.First.EvaluateAsync("(o, i) => window.__ghBack[i].click()", control);
        }
        else if (opener is not null)
        {
            await opener.PressAsync("Escape", new() { Timeout = timeout });
            await Task.Delay(Poll);
            await opener.ClickAsync(new() { Timeout = timeout });
        }
        else
        {
            return false;
        }

        var until = DateTime.UtcNow + LevelWait;
        while (DateTime.UtcNow < until)
        {
            if (Same((await options.AllInnerTextsAsync()).Select(t => t.Trim()).ToList(), level))
            {
                return true;
            }

            await Task.Delay(Poll);
        }

        return false;
    }

    private static async Task<bool> ChangedAsync(ILocator options, IReadOnlyList<string> before)
    {
        var until = DateTime.UtcNow + LevelWait;
        while (DateTime.UtcNow < until)
        {
            await Task.Delay(Poll);
            var now = (await options.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
            if (now.Count > 0 && !Same(now, before))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b, StringComparer.Ordinal);

    private const string MarkScript = """
        (els) => els.map((el) => {
          const text = (el.innerText || '').trim();
          const label = el.getAttribute('aria-label') || '';
          if (/^(‹|«|<|←|❮|◂|◀|⟨)/.test(text) || /^back\b/i.test(text) || /^(back|go back|previous level)\b/i.test(label)) { return 'back'; }
          const popup = el.getAttribute('aria-haspopup');
          if (el.hasAttribute('aria-expanded') || (popup && popup !== 'false') || /[›»❯▸▶→⟩〉]$/.test(text)) { return 'category'; }
          for (const n of [el, ...el.querySelectorAll('*')]) {
            for (const part of ['::after', '::before']) {
              const c = getComputedStyle(n, part).content;
              if (c && c !== 'none' && c !== 'normal' && /[›»❯▸▶→⟩〉]|^"\s*>\s*"$/.test(c)) { return 'category'; }
            }
            const cls = n.getAttribute('class') || '';
            if (/chevron[-_]?right|caret[-_]?right|arrow[-_]?right|submenu|sub-menu|has-children/i.test(cls)) { return 'category'; }
          }
          return '';
        })
        """;

    // A back control beside the options rather than among them (a header button "Back", "‹ All sources"): its index in
    // window.__ghBack, or -1.
    private const string BackControlScript = """
        (o) => {
          const list = o.closest('[role=listbox]') || o.parentElement;
          const box = list.parentElement || list;
          const found = [...box.querySelectorAll('button,[role=button],a,[tabindex]')].filter((b) => !b.closest('[role=option]') && b.getClientRects().length
            && (/^(‹|«|<|←|❮|◂|◀|⟨)|^back\b/i.test((b.innerText || '').trim()) || /^(back|go back|previous)\b/i.test(b.getAttribute('aria-label') || '')));
          window.__ghBack = found;
          return found.length ? 0 : -1;
        }
        """;
}
