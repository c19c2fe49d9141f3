using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Reads where the job is from the page that holds the form: the posting's structured data (JSON-LD
/// <c>jobLocation</c>), else a short block the page marks as the job's location in the header beside the form
/// ("Location: Austin, TX", <c>class="job-location"</c>), never a form field.
/// </summary>
internal static class PostingLocation
{
    public static async Task<string?> ReadAsync(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            try
            {
                if (await frame.EvaluateAsync<string?>(Script) is { Length: > 1 } place)
                {
                    return place;
                }
            }
            catch (PlaywrightException)
            {
                // A frame that navigated away is not the posting.
            }
        }

        return null;
    }

    private const string Script = """
        () => {
          const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
          for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
            try {
              const d = JSON.parse(s.textContent);
              for (const i of (Array.isArray(d) ? d : d['@graph'] || [d])) {
                const l = i && (Array.isArray(i.jobLocation) ? i.jobLocation[0] : i.jobLocation);
                const a = (l && l.address) || {};
                const t = [a.addressLocality, a.addressRegion].filter((x) => typeof x === 'string' && x).join(', ');
                if (t) { return t; }
              }
            } catch (e) { /* not JSON: the next one may be */ }
          }
          const inForm = (el) => !!el.closest('form,label,fieldset,select,[role=listbox],[role=dialog],[role=group],[role=radiogroup]') || !!el.querySelector('input,select,textarea,button');
          const generic = /^((job|our|all|office|work) )?locations?$/i;
          for (const el of document.querySelectorAll('[class*=location i],[id*=location i],[data-automation-id*=location i],[data-qa*=location i],[data-testid*=location i],[itemprop=jobLocation]')) {
            if (inForm(el) || !el.getClientRects().length) { continue; }
            const t = clean(el.innerText).replace(/^((job|work|office) )?location\s*[:\-\u2013]\s*/i, '');
            if (t.length > 1 && t.length <= 80 && !generic.test(t)) { return t; }
          }
          const m = /(?:^|\n)[ \t]*(?:job |work |office )?location[ \t]*[:\-\u2013][ \t]*([^\n]{2,80})/i.exec(document.body ? document.body.innerText : '');
          return m ? clean(m[1]) : null;
        }
        """;
}
