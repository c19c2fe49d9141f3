using GhostHands.Execution.Forms.Meaning;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The country list a phone widget's country button opens. The button may sit inside a web component's shadow root
/// while its list opens at the end of <c>body</c>; a long list often shows only some countries until its search box is
/// typed into. Marks (<c>data-gh-country-pick</c>) the option that is the wanted country, searching when the list as
/// opened does not show it.
/// </summary>
internal static class CountryPicker
{
    /// <summary>How long a searched list may take to show the country typed into its search box.</summary>
    private static readonly TimeSpan SearchWait = TimeSpan.FromMilliseconds(1500);

    /// <summary>
    /// Marks the option naming the country; an option showing only the calling code counts when nothing names it, the
    /// list as opened and as searched. False when no option is the country.
    /// </summary>
    public static async Task<bool> MarkAsync(IFrame frame, ILocator dialer, ILocator input, Country country, string[] names, float timeout)
    {
        var strict = new { dial = country.Dial, iso = country.Code.ToLowerInvariant(), names, loose = false };
        if (await dialer.EvaluateAsync<bool>(MarkOption, strict))
        {
            return true;
        }

        var phone = await input.GetAttributeAsync("data-gh-id", new() { Timeout = timeout });
        if (country.Names.Count > 0 && await dialer.EvaluateAsync<bool>(MarkSearch, phone))
        {
            await frame.Locator("[data-gh-country-search]").First.FillAsync(country.Names[0], new() { Timeout = timeout });
            var deadline = DateTime.UtcNow + SearchWait;
            do
            {
                await Task.Delay(150);
                if (await dialer.EvaluateAsync<bool>(MarkOption, strict))
                {
                    return true;
                }
            }
            while (DateTime.UtcNow < deadline);
        }

        return await dialer.EvaluateAsync<bool>(MarkOption, strict with { loose = true });
    }

    // The list is the one the button controls, else one near it, else any shown (one opened on <body>). An option is
    // scored by its own name (its text without the "+44" beside it), else an ISO data attribute, else a name inside a
    // longer one, else only its calling code.
    private const string MarkOption = """
        (button, { dial, iso, names, loose }) => {
          for (const old of document.querySelectorAll('[data-gh-country-pick]')) { old.removeAttribute('data-gh-country-pick'); }
          const shown = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
          const root = button.getRootNode();
          const byId = (id) => (root.getElementById ? root.getElementById(id) : null) || document.getElementById(id);
          const ids = [button.getAttribute('aria-controls'), button.getAttribute('aria-owns')].filter(Boolean).flatMap((v) => v.split(/\s+/));
          let lists = ids.map(byId).filter(Boolean);
          for (let box = button.parentElement, depth = 0; !lists.length && box && depth < 4; box = box.parentElement, depth++) {
            lists = [...box.querySelectorAll('[role=listbox],ul')].filter(shown);
          }
          if (!lists.length) { lists = [...document.querySelectorAll('[role=listbox]')].filter(shown); }
          const options = lists.flatMap((l) => [...l.querySelectorAll('[role=option],li')]).filter(shown);
          const norm = (s) => (s || '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
          const score = (o) => {
            const text = norm((o.textContent || '').replace(/\(?\+\s?\d{1,4}\)?/g, ' '));
            const code = (o.getAttribute('data-country-code') || o.getAttribute('data-country') || o.getAttribute('data-iso2') || o.getAttribute('data-value') || '').toLowerCase();
            const dialOf = o.getAttribute('data-dial-code') || ((o.textContent || '').match(/\+\s?(\d{1,4})\b/) || [])[1] || '';
            if (names.includes(text)) { return 4; }
            if (iso && code === iso) { return 3; }
            if (names.some((n) => n.length > 2 && ` ${text} `.includes(` ${n} `))) { return 2; }
            return dialOf.replace(/\D/g, '') === dial ? 1 : 0;
          };
          const best = options.map((o) => ({ o, s: score(o) })).filter((x) => x.s > 0).sort((a, b) => b.s - a.s)[0];
          if (!best || (best.s === 1 && !loose)) { return false; }
          best.o.setAttribute('data-gh-country-pick', '');
          return true;
        }
        """;

    // The list's search box: the input the opened list put the focus in (looking into shadow roots), else a shown
    // search input on the page. Never the phone input itself.
    private const string MarkSearch = """
        (button, phone) => {
          for (const old of document.querySelectorAll('[data-gh-country-search]')) { old.removeAttribute('data-gh-country-search'); }
          const shown = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
          const typed = (el) => el && el.matches && el.matches('input:not([type]),input[type=text],input[type=search]') && el.getAttribute('data-gh-id') !== phone && shown(el);
          let active = document.activeElement;
          while (active && active.shadowRoot && active.shadowRoot.activeElement) { active = active.shadowRoot.activeElement; }
          const search = typed(active) && active !== button ? active
            : [...document.querySelectorAll('input[type=search],input[placeholder*=search i],input[aria-label*=search i],input[placeholder*=country i]')].find(typed);
          if (!search) { return false; }
          search.setAttribute('data-gh-country-search', '');
          return true;
        }
        """;
}
