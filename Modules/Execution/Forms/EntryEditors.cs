using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// An entry editor open on the page: a box of fields with a button that keeps the entry ("Save", "Done") beside one
/// that drops it ("Cancel", "Discard"), inline or in a dialog, holding no button that sends the whole form. Pages
/// refuse a submit while one is open, often only with a line inside the section, or drop its unsaved entry.
/// <see cref="FieldIds"/> are the <c>data-gh-id</c>s of the controls inside it.
/// </summary>
internal sealed record EntryEditor(string SaveId, string SaveText, string Caption, IReadOnlyList<string> FieldIds)
{
    public IFrame Frame { get; init; } = null!;
}

/// <summary>Finds the entry editors open on a page (<see cref="EntryEditor"/>).</summary>
internal static partial class EntryEditors
{
    public static async Task<IReadOnlyList<EntryEditor>> ReadAsync(IPage page)
    {
        var editors = new List<EntryEditor>();
        foreach (var frame in page.Frames)
        {
            try
            {
                var found = (await frame.EvaluateAsync<JsonElement>(Script)).Deserialize<List<EntryEditor>>(Json) ?? [];
                editors.AddRange(found.Where(e => AddSections.Saves(e.SaveText)).Select(e => e with { Frame = frame }));
            }
            catch (PlaywrightException) when (!page.IsClosed)
            {
                // A frame that navigates mid-call is read on the next pass.
            }
        }

        return editors;
    }

    /// <summary>
    /// True when the editor's boxes (<paramref name="inside"/>) hold a part of an entry of the section's
    /// <paramref name="topics"/> (title, employer, school, degree): a panel of an "alert" or "subscribe" box with an email
    /// and a save button is not an entry.
    /// </summary>
    public static bool HoldsEntry(string caption, IReadOnlySet<string> topics, IEnumerable<FormField> inside) =>
        !Notices().IsMatch(TextNorm.Normalize(caption))
        && inside.Any(f => EntryParts.Question(topics, f.Label) is not null || EntryParts.IsCurrentJob(topics, f) || AddSections.Holds(topics, f.Label));

    /// <summary>False when the page shows the editor's save button disabled (often until its dates are given): it is not clicked.</summary>
    public static bool CanSave(EntryEditor editor, PageInventory page) =>
        page.Buttons.FirstOrDefault(b => b.Id == editor.SaveId && b.Frame == editor.Frame) is not { Disabled: true };

    /// <summary>
    /// What a person is asked about an editor still open after its save (<paramref name="page"/> as it is after): the
    /// boxes inside it the page flags, else those left empty, else the section itself, so the form is never sent with it open.
    /// </summary>
    public static IReadOnlyList<OpenQuestion> Unsaved(EntryEditor editor, PageInventory page)
    {
        var inside = page.Fields.Where(f => editor.FieldIds.Contains(f.Id)).ToList();
        var flagged = inside.Where(f => f.Error.Length > 0).ToList();
        var open = flagged.Count > 0 ? flagged : inside.Where(f => f.Kind is not ("checkbox" or "radio") && f.Value.Length == 0).ToList();
        var questions = open.Select(f => new OpenQuestion(WidgetAnswers.Question(f), f.Name, f.Kind, [])).Where(q => q.Question.Length > 0).ToList();
        return questions.Count > 0 ? questions : [new OpenQuestion(editor.Caption.Length > 0 ? editor.Caption : editor.SaveText, "", "section", [])];
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Each shown keep-worded button: the smallest box a few levels up holding a shown drop-worded button and a shown
    // control, and no button that sends or moves on the whole form. Its caption: the box's accessible name, legend or
    // heading, else the nearest heading before it.
    private const string Script = """
        (() => {
          const seq = () => (window.__ghSeq = (window.__ghSeq || 0) + 1);
          const tag = (el) => { if (!el.hasAttribute('data-gh-id')) { el.setAttribute('data-gh-id', 'g' + seq()); } return el.getAttribute('data-gh-id'); };
          const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
          const visible = (el) => !!el && el.isConnected && !el.closest('[hidden]') && !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
          const words = (el) => clean(el.tagName === 'INPUT' ? el.value : el.textContent) || clean(el.getAttribute('aria-label'));
          const keeps = /^(save|done|confirm|ok|update|keep|add)\b/i;
          const drops = /^(cancel|discard|close|dismiss)\b|^x$|^\u00d7$/i;
          const sends = /submit|send|apply|next|continue|review|draft|later|progress/i;
          const controls = 'input:not([type=hidden]):not([type=button]):not([type=submit]),select,textarea,[role=combobox],[contenteditable=true]';
          const buttons = (box) => [...box.querySelectorAll('button,[role=button],input[type=button],input[type=submit]')].filter(visible);
          const out = [];
          const seen = new Set();
          for (const save of [...document.querySelectorAll('button,[role=button],input[type=button]')]) {
            const text = words(save);
            // "Add" keeps an entry only in a dialog; inline it is the section's own button for another entry.
            if (!visible(save) || !keeps.test(text) || sends.test(text) || text.split(' ').length > 4 || save.closest('[role=listbox]')
              || (/^add\b/i.test(text) && !save.closest('[role=dialog],dialog'))) { continue; }
            let box = save.parentElement;
            for (let depth = 0; depth < 5 && box && box !== document.body; depth++, box = box.parentElement) {
              const all = buttons(box);
              if (!all.some((b) => b !== save && drops.test(words(b)))) { continue; }
              if (all.some((b) => b !== save && (sends.test(words(b)) || (b.type === 'submit' && b.form && !keeps.test(words(b)))))) { box = null; break; }
              const fields = [...box.querySelectorAll(controls)].filter(visible);
              if (!fields.length) { continue; }
              if (seen.has(box)) { box = null; break; }
              seen.add(box);
              const named = clean(box.getAttribute('aria-label'))
                || clean((box.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)).filter(Boolean).map((e) => e.textContent).join(' '));
              const inside = box.querySelector('legend,h1,h2,h3,h4,h5,h6');
              let before = null;
              for (let n = box; n && !before && n !== document.body; n = n.parentElement) {
                for (let sib = n.previousElementSibling; sib && !before; sib = sib.previousElementSibling) {
                  before = sib.matches('h1,h2,h3,h4,h5,h6,legend,[class*=label],[class*=title]') ? sib : sib.querySelector('h1,h2,h3,h4,h5,h6,legend');
                }
              }
              const caption = clean((named || (inside && inside.textContent) || (before && before.textContent) || '').replace(/[\*\u2731]/g, ' '));
              out.push({ saveId: tag(save), saveText: text, caption, fieldIds: fields.map((f) => f.getAttribute('data-gh-id')).filter(Boolean) });
              box = null;
              break;
            }
          }
          return out;
        })()
        """;

    // Panels that keep a setting, not an entry: "Create a job alert", "Subscribe to new jobs", "Notify me".
    [GeneratedRegex(@"\b(alerts?|subscri\w*|newsletters?|notif\w*|updates)\b")]
    private static partial Regex Notices();
}
