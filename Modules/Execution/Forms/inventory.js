// Inventories the form controls of one document (open shadow roots included) in a single round trip. Each control
// gets a data-gh-id so that C# can address it with a CSS locator, which, unlike XPath, pierces shadow roots.
// Decisions (what to answer) stay in C#; this only reports what a person would see: label, options, value, errors.
(() => {
  const seq = () => (window.__ghSeq = (window.__ghSeq || 0) + 1);
  const tag = (el) => { if (!el.hasAttribute('data-gh-id')) { el.setAttribute('data-gh-id', 'g' + seq()); } return el.getAttribute('data-gh-id'); };
  const clean = (s) => (s || '').replace(/[\*\u2731]/g, ' ').replace(/\s+/g, ' ').trim().replace(/:$/, '').trim();

  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) { walk(el.shadowRoot); }
    }
  };
  walk(document);

  const visible = (el) => {
    if (!el || !el.isConnected || el.closest('[hidden]')) { return false; }
    if (typeof el.checkVisibility === 'function') { return el.checkVisibility({ visibilityProperty: true }); }
    return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  };
  // Custom-drawn checkboxes, radios and styled file inputs are often invisible themselves; their label or parent is not.
  // A control the engine's own constraint check marked (data-gh-invalid) is reported even when hidden: the browser
  // refuses the submit until it holds a value, whatever draws it on screen.
  const shown = (el) => visible(el) || el.hasAttribute('data-gh-invalid') || ((el.type === 'checkbox' || el.type === 'radio' || el.type === 'file')
    && !(el.parentElement && el.parentElement.closest('[hidden]')) && (visible(el.parentElement) || [...(el.labels || [])].some(visible)));

  const rootOf = (el) => el.getRootNode();
  const byId = (el, id) => { const r = rootOf(el); return (r.getElementById ? r.getElementById(id) : null) || document.getElementById(id); };
  const textOf = (node) => {
    if (!node) { return ''; }
    const copy = node.cloneNode(true);
    copy.querySelectorAll('input,select,textarea,button,script,style,[aria-hidden="true"],option').forEach((n) => n.remove());
    return clean(copy.textContent);
  };
  // Text of a card whose parts are separate blocks ("Yes" over "now or in the future"): parts joined by spaces.
  const spacedText = (node) => {
    const parts = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) { if (!t.parentElement.closest('[aria-hidden="true"],script,style')) { parts.push(t.textContent); } }
    return clean(parts.join(' '));
  };
  const isControl = (el) => el.matches('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]),select,textarea,button[aria-haspopup="listbox"],[role=combobox]:not(input),button[aria-pressed]');
  // Two or three sibling buttons answering yes/no with no ARIA state: a toggle drawn with buttons. Their state is
  // read from aria-checked/aria-selected, a selected-looking class, or, failing all, the engine's own last click.
  const yesNo = /^(yes|no|y|n|oui|non|ja|nein|s[i\u00ed])$/i;
  const isYesNoButton = (el) => el.matches('button,[role=button]') && !el.matches('[aria-pressed],[aria-haspopup]') && yesNo.test(clean(el.textContent))
    && el.parentElement && (() => { const sibs = [...el.parentElement.children].filter((c) => c.matches('button,[role=button]'));
      return sibs.length >= 2 && sibs.length <= 3 && sibs.every((c) => yesNo.test(clean(c.textContent))); })();
  const looksSelected = (el) => ['aria-checked', 'aria-selected'].some((a) => el.getAttribute(a) === 'true')
    || /\b(is-)?(active|selected|checked|chosen)\b/i.test(el.className) || /^(on|checked|active)$/i.test(el.getAttribute('data-state') || '');
  const groupLabel = (el) => {
    const g = el.closest('fieldset,[role=group],[role=radiogroup]');
    if (!g) { return ''; }
    const legend = g.querySelector('legend');
    return clean(legend ? textOf(legend) : '') || labelled(g) || clean(g.getAttribute('aria-label'));
  };

  // Text just before the element: previous siblings, then the parent's previous siblings (a table cell), a few levels up.
  const nearbyText = (el) => {
    let node = el;
    for (let depth = 0; depth < 4 && node && node.parentElement; depth++) {
      for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if (sib.matches('input,select,textarea') || sib.querySelector('input:not([type=hidden]),select,textarea')) { break; }
        const t = textOf(sib);
        if (t) { return t; }
      }
      for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
        if (sib.nodeType === 3 && clean(sib.textContent)) { return clean(sib.textContent); }
        if (sib.nodeType === 1) { break; }
      }
      node = node.parentElement;
      if (node.querySelectorAll('input:not([type=hidden]),select,textarea').length > 1) { break; }
    }
    return '';
  };

  // A question written inside the options' own container, before the first option (a caption over a list of cards).
  const leadingText = (box, members) => {
    if (!box || members.length < 2) { return ''; }
    for (const child of box.children) {
      if (members.some((m) => child.contains(m)) || child.querySelector('input:not([type=hidden]),select,textarea')) { return ''; }
      const t = textOf(child);
      if (t) { return t; }
    }
    return '';
  };

  const labelled = (el) => {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter((id) => id && id !== el.id);
    const t = clean(ids.map((id) => textOf(byId(el, id))).join(' '));
    if (t) { return t; }
    if (el.getAttribute('aria-label') && !['radio', 'checkbox'].includes(el.type)) { return clean(el.getAttribute('aria-label')); }
    const labels = [...(el.labels || [])];
    if (!labels.length && el.id) { const l = rootOf(el).querySelector && rootOf(el).querySelector('label[for="' + CSS.escape(el.id) + '"]'); if (l) { labels.push(l); } }
    const lt = clean(labels.map(textOf).join(' '));
    if (lt) { return lt; }
    return '';
  };

  const requiredMark = (el, group) => {
    if (el.required || el.getAttribute('aria-required') === 'true') { return true; }
    if (group && (group.getAttribute('aria-required') === 'true' || group.querySelector('[required],[aria-required="true"]'))) { return true; }
    const labels = [...(el.labels || [])];
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean).map((id) => byId(el, id)).filter(Boolean);
    return [...labels, ...ids].some((l) => /[\*\u2731]/.test(l.textContent) || /required/i.test(l.className) || l.querySelector('[class*=req],abbr[title=required]'));
  };

  const fieldContainer = (el, names) => {
    let node = el;
    for (let depth = 0; depth < 5 && node.parentElement; depth++) {
      const parent = node.parentElement;
      const others = [...parent.querySelectorAll('input:not([type=hidden]),select,textarea,button[aria-haspopup],button[aria-pressed]')]
        .filter((c) => !names.includes(c) && !(c.name && c.name === el.name));
      if (others.length) { break; }
      node = parent;
    }
    return node;
  };
  const errorNear = (el, members) => {
    const box = fieldContainer(el, members);
    const found = [...box.querySelectorAll('[role=alert],[class*=error],[class*=Error],[data-automation-id=errorMessage],.invalid-feedback')]
      .filter((e) => visible(e) && !e.querySelector('input,select,textarea')).map((e) => clean(e.textContent)).filter(Boolean);
    const described = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean).map((id) => byId(el, id))
      .filter((d) => d && visible(d) && (d.matches('[role=alert],[class*=error],[class*=Error],[class*=invalid]') || el.getAttribute('aria-invalid') === 'true'))
      .map((d) => clean(d.textContent));
    return [...new Set([...found, ...described].filter(Boolean))].join(' ');
  };
  const hints = (el) => [el.name, el.id, el.getAttribute('placeholder'), el.getAttribute('autocomplete'), el.getAttribute('data-automation-id'),
    el.getAttribute('data-qa'), el.getAttribute('data-testid'), el.type].filter(Boolean).join(' ');

  const fields = [];
  const seenGroups = new Set();
  for (const el of all) {
    if (el.matches('[role=radio]:not(input)') && !el.querySelector('input[type=radio]') && !el.closest('[role=listbox]')) {
      const group = el.closest('[role=radiogroup]') || el.parentElement;
      const key = 'cards:' + tag(group);
      if (seenGroups.has(key)) { continue; }
      seenGroups.add(key);
      const cards = [...group.querySelectorAll('[role=radio]')].filter((c) => !c.matches('input') && !c.querySelector('input[type=radio]'));
      if (!cards.some(visible)) { continue; }
      const options = cards.map((c) => ({ id: tag(c), value: c.getAttribute('data-value') || clean(c.getAttribute('aria-label')) || spacedText(c), text: clean(c.getAttribute('aria-label')) || labelled(c) || spacedText(c), selected: c.getAttribute('aria-checked') === 'true' }));
      const label = labelled(group) || clean(group.getAttribute('aria-label')) || nearbyText(group);
      fields.push({ id: tag(group), kind: 'radio', type: 'radio', name: group.getAttribute('data-name') || group.id || '', label, hints: hints(group), required: requiredMark(group, group),
        value: options.filter((o) => o.selected).map((o) => o.text).join(', '), options, error: errorNear(group, cards), group: groupLabel(group) });
      continue;
    }
    if (isYesNoButton(el)) {
      const group = el.parentElement;
      const key = 'toggle:' + tag(group);
      if (seenGroups.has(key)) { continue; }
      seenGroups.add(key);
      const buttons = [...group.children].filter((c) => c.matches('button,[role=button]'));
      buttons.forEach((b) => b.setAttribute('data-gh-toggle', ''));
      if (!visible(el)) { continue; }
      const stated = buttons.some(looksSelected);
      const options = buttons.map((b) => ({ id: tag(b), value: b.getAttribute('data-value') || b.value || clean(b.textContent), text: clean(b.textContent),
        selected: stated ? looksSelected(b) : b.hasAttribute('data-gh-picked') }));
      const label = labelled(group) || nearbyText(group);
      fields.push({ id: tag(group), kind: 'toggle', type: 'toggle', name: group.getAttribute('data-name') || '', label, hints: hints(group), required: requiredMark(group, group),
        value: options.filter((o) => o.selected).map((o) => o.text).join(''), options, error: errorNear(group, buttons), group: groupLabel(group) });
      continue;
    }
    if (!isControl(el) || el.disabled) { continue; }
    if (el.closest('[role=listbox]')) { continue; }
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (el.tagName === 'INPUT' && (type === 'radio' || type === 'checkbox')) {
      const groupName = el.name ? rootOf(el) === document ? 'n:' + el.name : null : null;
      const scope = rootOf(el);
      const members = el.name ? [...scope.querySelectorAll('input[type="' + type + '"]')].filter((m) => m.name === el.name) : [el];
      const key = el.name ? type + ':' + el.name + ':' + (members[0].getAttribute('data-gh-id') || tag(members[0])) : null;
      if (key && seenGroups.has(key)) { continue; }
      if (key) { seenGroups.add(key); }
      if (!members.some(shown)) { continue; }
      const options = members.map((m) => ({ id: tag(m), value: m.value, text: clean(m.getAttribute('aria-label')) || (m.labels && m.labels[0] ? spacedText(m.labels[0]) : '') || labelled(m) || nearbyText(m) || m.value, selected: m.checked }));
      if (type === 'checkbox' && members.length === 1) {
        const t = labelled(el) || nearbyText(el);
        fields.push({ id: tag(el), kind: 'checkbox', type, name: el.name || '', label: t, hints: hints(el), required: requiredMark(el), value: el.checked ? 'true' : '', options, error: errorNear(el, members) });
        continue;
      }
      let group = el.closest('fieldset,[role=radiogroup],[role=group]');
      if (group && ![...members].every((m) => group.contains(m))) { group = null; }
      let label = '';
      if (group) {
        const legend = group.querySelector('legend');
        label = clean(legend ? textOf(legend) : '') || labelled(group) || clean(group.getAttribute('aria-label'));
      }
      if (!label) {
        let common = members[0].parentElement;
        while (common && !members.every((m) => common.contains(m))) { common = common.parentElement; }
        label = leadingText(common, members) || nearbyText(common || el);
      }
      fields.push({ id: tag(el), kind: type === 'radio' ? 'radio' : 'checkboxgroup', type, name: el.name || '', label, hints: hints(el),
        required: requiredMark(el, group), value: options.filter((o) => o.selected).map((o) => o.text).join(', '), options, error: errorNear(el, members) });
      continue;
    }
    if (el.matches('button[aria-pressed]')) {
      const group = el.parentElement;
      const key = 'toggle:' + tag(group);
      if (seenGroups.has(key)) { continue; }
      seenGroups.add(key);
      const buttons = [...group.querySelectorAll(':scope > button[aria-pressed]')];
      if (!visible(el)) { continue; }
      const options = buttons.map((b) => ({ id: tag(b), value: b.getAttribute('data-value') || clean(b.textContent), text: clean(b.textContent), selected: b.getAttribute('aria-pressed') === 'true' }));
      const label = labelled(group) || nearbyText(group);
      const labelEl = (group.getAttribute('aria-labelledby') || '').split(/\s+/).map((id) => byId(group, id)).find(Boolean);
      const required = group.getAttribute('aria-required') === 'true' || !!(labelEl && (/required/i.test(labelEl.className) || /[\*\u2731]/.test(labelEl.textContent)));
      fields.push({ id: tag(group), kind: 'toggle', type: 'toggle', name: '', label, hints: '', required, value: options.filter((o) => o.selected).map((o) => o.text).join(''), options, error: errorNear(group, buttons) });
      continue;
    }
    if (!shown(el)) { continue; }
    const suggests = el.tagName === 'INPUT' && (el.getAttribute('role') === 'combobox' || /^(list|both)$/.test(el.getAttribute('aria-autocomplete') || '') || !!el.list);
    let kind = el.tagName === 'SELECT' ? (el.multiple ? 'multiselect' : 'select') : el.tagName === 'TEXTAREA' ? 'text' : (el.tagName === 'BUTTON' || el.getAttribute('role') === 'combobox') && !suggests ? 'listbox' : type === 'file' ? 'file' : suggests ? 'combobox' : 'text';
    const label = labelled(el) || nearbyText(el) || clean(el.getAttribute('placeholder'));
    let options = [];
    let value = el.value || '';
    if (kind === 'select' || kind === 'multiselect') {
      options = [...el.options].map((o) => ({ id: '', value: o.value, text: clean(o.textContent), selected: o.selected }));
      value = options.filter((o) => o.selected && o.value).map((o) => o.text).join(', ');
    } else if (kind === 'listbox') {
      const t = clean(el.textContent);
      value = /placeholder/i.test(el.className) || /^(select|choose|--|please)/i.test(t) ? '' : t;
    } else if (kind === 'combobox' && el.list) {
      options = [...el.list.options].map((o) => ({ id: '', value: o.value, text: clean(o.label || o.value), selected: o.value === el.value }));
    } else if (kind === 'file') {
      value = el.files && el.files.length ? el.files[0].name : '';
    }
    fields.push({ id: tag(el), kind, type: el.tagName === 'TEXTAREA' ? 'textarea' : type || el.tagName.toLowerCase(), name: el.name || '', label, hints: hints(el),
      required: requiredMark(el) || el.hasAttribute('data-gh-invalid'), value, options, error: errorNear(el, [el]), native: el.validity && !el.validity.valid ? el.validationMessage : '', placeholder: el.getAttribute('placeholder') || '', pattern: el.getAttribute('pattern') || '',
      title: el.getAttribute('title') || '', maxLength: el.maxLength > 0 ? el.maxLength : 0, hidden: el.hasAttribute('data-gh-invalid') && !visible(el), group: groupLabel(el) });
  }

  const buttons = all.filter((el) => el.matches('button,input[type=submit],input[type=button],[role=button]') && !el.matches('[aria-pressed],[aria-haspopup],[data-gh-toggle],[role=radio]') && !el.closest('[role=listbox]') && visible(el))
    .map((el) => ({ id: tag(el), text: clean(el.tagName === 'INPUT' ? el.value : el.textContent), type: (el.getAttribute('type') || (el.tagName === 'BUTTON' && el.closest('form') ? 'submit' : '')).toLowerCase(), disabled: !!el.disabled }));

  const body = document.body ? document.body.innerText || '' : '';
  // A summary that lists its problems reports each item apart, so that each can be matched to the field it names.
  const alerts = all.filter((el) => el.matches('[role=alert],.error-summary,[class*=error-banner],[class*=banner]') && visible(el) && !el.parentElement.closest('[role=alert],.error-summary'))
    .flatMap((el) => { const items = [...el.querySelectorAll('li')]; return items.length ? items.map((li) => clean(li.textContent)) : [clean(el.textContent)]; }).filter(Boolean);
  const invalid = all.filter((el) => el.matches('[aria-invalid=true]') && visible(el)).length;
  const captcha = !!document.querySelector('.g-recaptcha,.h-captcha,[data-sitekey],iframe[src*="recaptcha"],iframe[src*="hcaptcha"],iframe[title*="captcha" i]')
    || /i['\u2019]?m not a robot|verify you are (a )?human/i.test(body) && !!document.querySelector('iframe,[class*=captcha]')
    || /i['\u2019]?m not a robot/i.test(body) && window !== window.top;
  const password = all.some((el) => el.matches('input[type=password]') && visible(el));
  const login = password && /\b(sign|log)\s?in\b|\blogin\b/i.test(body);
  return { url: location.href, title: document.title, fields, buttons, alerts, invalid, captcha, login, text: body.slice(0, 20000) };
})()
