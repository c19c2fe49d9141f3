using System.Globalization;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Writes a date into a text input that takes no typing (<c>readonly</c>) the way a person does: opens the calendar it
/// pops up, moves month by month to the wanted one with the calendar's previous/next buttons (or sets its month and
/// year selects), and clicks the day, so the page writes the date in its own format. A calendar is recognised by what
/// it shows, not by a library's markup: a month and year ("January 2026", or the month's name or select beside the
/// year in a number box) over at least 28 day cells. An input that opens none gets the value set directly, with the
/// events a script listens to; one that takes typing (a box announcing a calendar) gets the date typed in its format.
/// </summary>
internal static class DatePicker
{
    /// <summary>Month steps before giving up: ten years either way.</summary>
    public const int MaxMoves = 120;

    public static async Task<string> PickAsync(ILocator input, FormField field, FieldAnswer answer, float timeout)
    {
        if (!FieldShape.TryDate(answer.Value, out var date))
        {
            return await SetAsync(input, answer.Value);
        }

        await input.ClickAsync(new() { Timeout = timeout });
        var target = new { year = date.Year, month = date.Month - 1, day = date.Day, iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        for (var move = 0; move <= MaxMoves; move++)
        {
            var state = await field.Frame.EvaluateAsync<string>(Script, target);
            if (state == "picked")
            {
                return await input.InputValueAsync(new() { Timeout = timeout });
            }

            if (state != "moved")
            {
                break;
            }
        }

        var shown = FieldShape.AsDate(field, answer.Value, [field.Placeholder, field.Title, field.Description]) ?? answer.Value;
        return field.ReadOnly ? await SetAsync(input, shown) : await TypeAsync(input, shown, timeout);
    }

    // A box that takes typing but pops up a calendar not recognised: the popup is closed and the date typed in the
    // format the box shows, as a person would; a value set by script is one such a page may clear as unread.
    private static async Task<string> TypeAsync(ILocator input, string value, float timeout)
    {
        await input.PressAsync("Escape", new() { Timeout = timeout });
        await input.FillAsync(value, new() { Timeout = timeout });
        await input.DispatchEventAsync("blur");
        return value;
    }

    private static async Task<string> SetAsync(ILocator input, string value)
    {
        await input.EvaluateAsync(
            "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }", value);
        return value;
    }

    // One step per call, so that a calendar that re-renders after each click is read afresh: "moved" (a month
    // button or select was used), "picked" (the day was clicked), or "none" (no calendar, or no way to reach the month).
    private const string Script = """
        ({ year, month, day, iso }) => {
          const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
          const monthName = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])';
          const heading = new RegExp('\\b' + monthName + '[\\s,]*(\\d{4})', 'i');
          const monthOnly = new RegExp('\\b' + monthName, 'i');
          const shown = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length) && !el.closest('[hidden]');
          const all = [];
          const walk = (root) => { for (const el of root.querySelectorAll('*')) { all.push(el); if (el.shadowRoot) { walk(el.shadowRoot); } } };
          walk(document);
          const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
          const dayCells = all.filter((el) => el.matches('button,td,a,[role=gridcell],[role=button],[role=option]') && /^\d{1,2}$/.test(text(el))
            && !el.querySelector('button,a,[role=gridcell],[role=button]') && shown(el));
          if (dayCells.length < 28) { return 'none'; }
          // The calendar: the nearest box around the day cells that also names a month and year, a select pair included.
          const monthYear = (box) => {
            const m = heading.exec(text(box));
            if (m) { return { month: names.indexOf(m[1].slice(0, 3).toLowerCase()), year: +m[2], selects: [] }; }
            const selects = [...box.querySelectorAll('select')];
            const ms = selects.find((s) => s.options.length === 12);
            const ys = selects.find((s) => s !== ms && [...s.options].every((o) => /^\d{4}$/.test(o.text.trim())));
            if (ms && ys) { return { month: ms.selectedIndex, year: +ys.value || +ys.options[ys.selectedIndex].text, selects: [ms, ys] }; }
            // The year in a number box beside the month's name or select ("January" + <input value="2026">): read
            // both, and move with the month buttons.
            const yi = [...box.querySelectorAll('input')].find((i) => /^\d{4}$/.test((i.value || '').trim()));
            const mn = ms ? null : monthOnly.exec(text(box));
            return yi && (ms || mn) ? { month: ms ? ms.selectedIndex : names.indexOf(mn[1].slice(0, 3).toLowerCase()), year: +yi.value.trim(), selects: [] } : null;
          };
          let box = dayCells[0].parentElement;
          let now = null;
          while (box && !(now = monthYear(box))) { box = box.parentElement; }
          if (!box || !now) { return 'none'; }
          const wanted = year * 12 + month;
          const at = now.year * 12 + now.month;
          if (wanted !== at) {
            if (now.selects.length) {
              const [ms, ys] = now.selects;
              ms.selectedIndex = month;
              ys.value = [...ys.options].find((o) => +o.value === year || +o.text.trim() === year)?.value ?? ys.value;
              [ms, ys].forEach((s) => s.dispatchEvent(new Event('change', { bubbles: true })));
              return 'moved';
            }
            const name = (el) => [el.getAttribute('aria-label'), el.getAttribute('title'), text(el), el.className && el.className.baseVal === undefined ? el.className : ''].join(' ');
            const buttons = [...box.querySelectorAll('button,a,[role=button]')].filter((b) => shown(b) && !dayCells.includes(b));
            const forward = wanted > at;
            const pattern = forward ? /next|forward|\u203a|\u00bb|\u2192|>/i : /prev|back|\u2039|\u00ab|\u2190|</i;
            const nav = buttons.find((b) => pattern.test(name(b)) && !b.disabled);
            if (!nav) { return 'none'; }
            nav.click();
            return 'moved';
          }
          const isoOf = (el) => el.getAttribute('data-date') || el.getAttribute('data-value') || el.getAttribute('data-iso') || '';
          const inMonth = dayCells.filter((el) => box.contains(el) && +text(el) === day && !el.disabled && el.getAttribute('aria-disabled') !== 'true'
            && !/other|outside|adjacent|muted|disabled|prev|next/i.test(String(el.className.baseVal ?? el.className)));
          const cell = inMonth.find((el) => isoOf(el).startsWith(iso)) || inMonth[0];
          if (!cell) { return 'none'; }
          cell.click();
          return 'picked';
        }
        """;
}
