// Collects, in one round trip, the JSON-LD blocks of the page and the visible-HTML candidates for each field.
(() => {
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const text = (sel) => { const el = document.querySelector(sel); return el ? clean(el.innerText || el.textContent) : ''; };
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent);
  const term = (name) => {
    for (const dt of document.querySelectorAll('dt, th, .label')) {
      if (clean(dt.textContent).toLowerCase() === name) {
        const dd = dt.nextElementSibling;
        if (dd) { return clean(dd.innerText || dd.textContent); }
      }
    }
    return '';
  };
  const apply = [...document.querySelectorAll('a[href]')].find((a) => /apply/i.test(a.textContent) || /apply/i.test(a.className));
  const meta = (p) => { const m = document.querySelector(`meta[property="${p}"],meta[name="${p}"]`); return m ? clean(m.content) : ''; };
  return {
    jsonLd,
    title: text('h1') || meta('og:title') || clean(document.title),
    company: term('company') || text('[class*=company]') || meta('og:site_name') || text('[class*=brand]'),
    location: term('location') || text('[class*=location]'),
    employmentType: term('type') || term('employment type') || text('[class*=commitment]'),
    description: text('[class*=description]') || text('main') || clean(document.body.innerText),
    applyUrl: apply ? apply.href : '',
  };
})()
