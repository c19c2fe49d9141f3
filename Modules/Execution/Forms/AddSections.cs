using System.Text.Json;
using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A repeatable part of a form (education, work history) that holds no fields until its "Add" button is clicked: the
/// button opens an editor whose entry counts only once saved. <see cref="Caption"/> is what the section is called (its
/// heading, or the button's own words: "Add education"); <see cref="Filled"/> says it already lists an entry (an entry
/// can be edited or removed); <see cref="Error"/> is a message the page shows inside the section.
/// </summary>
internal sealed record AddSection(string Id, string Caption, bool Required, bool Filled, string Error)
{
    public IFrame Frame { get; init; } = null!;
}

/// <summary>Finds the sections behind an "Add" button and decides which of them the applicant's profile fills.</summary>
internal static partial class AddSections
{
    /// <summary>The profile topics an education or work-history entry is made of, by the section's caption; null for other sections.</summary>
    public static IReadOnlySet<string>? TopicsOf(string caption)
    {
        var text = TextNorm.Normalize(caption);
        return Education().IsMatch(text) ? EducationTopics : Experience().IsMatch(text) && !Past().IsMatch(text) ? ExperienceTopics : null;
    }

    /// <summary>
    /// True for a section the form asks for that lists earlier jobs only ("Previous employment", "Past positions"): its
    /// entry is not the current job the profile holds, so it is asked of a person rather than filled with the current one.
    /// </summary>
    public static bool AsksPastJobs(AddSection section)
    {
        var text = TextNorm.Normalize(section.Caption);
        return !section.Filled && (section.Required || section.Error.Length > 0) && Experience().IsMatch(text) && Past().IsMatch(text);
    }

    /// <summary>
    /// True when a box of an opened entry is one of the section's own (<paramref name="topics"/>), the field of study
    /// ("Major", "Discipline") among an education entry's although no profile key is named after it.
    /// </summary>
    public static bool Holds(IReadOnlySet<string> topics, string label) =>
        (Topics.Of(label) is { } topic && topics.Contains(topic)) || (topics.Contains("degree") && Meaning.Education.AsksDiscipline(label));

    /// <summary>
    /// Opened when it lists no entry yet and the form asks for one (a required mark, or a message the page put in the
    /// section after a refused submit), and the profile holds what its entry is made of.
    /// </summary>
    public static bool ShouldOpen(AddSection section) =>
        !section.Filled && (section.Required || section.Error.Length > 0) && TopicsOf(section.Caption) is not null;

    /// <summary>True for a button that keeps an opened entry ("Save", "Done", "Add"), not one that drops it.</summary>
    public static bool Saves(string text) => SaveWords().IsMatch(TextNorm.Normalize(text)) && !CancelWords().IsMatch(TextNorm.Normalize(text));

    public static async Task<IReadOnlyList<AddSection>> ReadAsync(IPage page)
    {
        var sections = new List<AddSection>();
        foreach (var frame in page.Frames)
        {
            try
            {
                var found = (await frame.EvaluateAsync<JsonElement>(Script)).Deserialize<List<AddSection>>(Json) ?? [];
                sections.AddRange(found.Select(s => s with { Frame = frame }));
            }
            catch (PlaywrightException) when (!page.IsClosed)
            {
                // A frame that navigates mid-call is read on the next pass.
            }
        }

        return sections;
    }

    private static readonly IReadOnlySet<string> EducationTopics = new HashSet<string>(StringComparer.Ordinal) { "school", "degree", "highest_education" };
    private static readonly IReadOnlySet<string> ExperienceTopics = new HashSet<string>(StringComparer.Ordinal) { "current_company", "current_title" };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Each shown button whose words (or label) begin with "Add" / "+": its caption is the button's own words after
    // "Add", else the nearest text before it a few levels up (the section's heading); the section is the smallest box
    // holding both. Required: an asterisk or required class in the heading, or aria-required around.
    private const string Script = """
        (() => {
          const seq = () => (window.__ghSeq = (window.__ghSeq || 0) + 1);
          const tag = (el) => { if (!el.hasAttribute('data-gh-id')) { el.setAttribute('data-gh-id', 'g' + seq()); } return el.getAttribute('data-gh-id'); };
          const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
          const all = [];
          const walk = (root) => { for (const el of root.querySelectorAll('*')) { all.push(el); if (el.shadowRoot) { walk(el.shadowRoot); } } };
          walk(document);
          const visible = (el) => !!el && el.isConnected && !el.closest('[hidden]') && !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
          const adds = /^(\+\s*)?(add|new)\b|^\+$/i;
          // A few words naming a part of the form, not a note about the marks ("Fields marked * are required").
          const titled = (t) => { const words = clean(t.textContent.replace(/[\*\u2731]|\(?required\)?/gi, ' ')); return words.split(' ').length <= 4 && !/\b(marked|indicate|denote|fields)\b/i.test(words); };
          const out = [];
          for (const el of all) {
            if (!el.matches('button,[role=button],a') || !visible(el) || el.closest('[role=listbox],[role=dialog]')) { continue; }
            const text = clean(el.textContent);
            const aria = clean(el.getAttribute('aria-label') || el.getAttribute('title'));
            if (!(adds.test(text) || adds.test(aria)) || text.split(' ').length > 6) { continue; }
            const own = [aria, text].map((t) => t.replace(/^\+?\s*(add|new)\b\s*(an?|another|new|more)?\s*/i, '').replace(/^\+\s*/, '')).filter(Boolean).join(' ');
            let heading = null;
            let box = el;
            const entries = [];
            for (let depth = 0; depth < 5 && box && !heading; depth++) {
              for (let sib = box.previousElementSibling; sib && !heading; sib = sib.previousElementSibling) {
                // An entry the section already lists (it can be removed or edited) is passed over on the way to the heading.
                if (!sib.matches('button') && [...sib.querySelectorAll('button,[role=button],a')].some((b) => /\b(remove|delete|edit)\b/i.test(clean(b.textContent) + ' ' + clean(b.getAttribute('aria-label'))))) { entries.push(sib); continue; }
                if (sib.matches('input,select,textarea,button') || sib.querySelector('input:not([type=hidden]),select,textarea')) { break; }
                if (clean(sib.textContent)) { heading = sib; }
              }
              if (!heading) { box = box.parentElement; }
            }
            const container = heading ? heading.parentElement : el.parentElement;
            // The section's title: the text before the button, and a fieldset's legend or the last heading above the
            // button in its box. A box that holds a whole step has other sections' headings before this one's; an
            // entry's own heading ("Language 2") is not the section's.
            const set = el.closest('fieldset');
            const above = container && [...container.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')]
              .filter((h) => (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && !entries.some((e) => e.contains(h))).pop();
            const titles = [heading, set && set.querySelector(':scope > legend'), above]
              .filter((t, i, list) => t && list.indexOf(t) === i && (t === heading || titled(t)));
            const titleText = clean(titles.map((t) => t.textContent.replace(/[\*\u2731]/g, ' ')).join(' '));
            const caption = own && !titleText.toLowerCase().includes(own.toLowerCase()) ? clean(own + ' ' + titleText) : titleText || own;
            const required = titles.some((t) => /[\*\u2731]/.test(t.textContent) || !!t.querySelector('[class*=req],abbr[title*=required i]') || /\brequired\b/i.test(t.textContent))
              || !!el.closest('[aria-required=true]');
            const filled = !!container && [...container.querySelectorAll('button,[role=button],a')].some((b) => b !== el && visible(b)
              && /\b(remove|delete|edit)\b/i.test(clean(b.textContent) + ' ' + clean(b.getAttribute('aria-label'))));
            // The section's own line counts only while none of its fields is flagged: those are the fill's to fix.
            const error = container && !container.querySelector('[aria-invalid=true]') ? [...container.querySelectorAll('[role=alert],[class*=error],[class*=Error],[class*=err],[class*=invalid]')]
              .filter((e) => visible(e) && !e.querySelector('input,select,textarea')).map((e) => clean(e.textContent)).filter(Boolean).join(' ') : '';
            out.push({ id: tag(el), caption, required, filled, error });
          }
          return out;
        })()
        """;

    [GeneratedRegex(@"\b(education|school|degree|academic|qualifications?|universit\w*|college|studies)\b")]
    private static partial Regex Education();

    [GeneratedRegex(@"\b(experience|employment|work history|employers?|positions?|jobs?)\b")]
    private static partial Regex Experience();

    // "Previous employment", "Past positions", "Former employers", "Prior experience": not the job held now.
    [GeneratedRegex(@"\b(previous|past|former|prior|earlier)\b")]
    private static partial Regex Past();

    [GeneratedRegex(@"^(save|done|add|confirm|ok|apply|update|keep)\b")]
    private static partial Regex SaveWords();

    [GeneratedRegex(@"\b(cancel|discard|remove|delete|back)\b")]
    private static partial Regex CancelWords();
}
