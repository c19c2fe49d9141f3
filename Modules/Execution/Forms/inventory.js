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
    && !(up(el) && up(el).closest('[hidden]')) && (visible(up(el)) || [...(el.labels || [])].some(visible)));

  const rootOf = (el) => el.getRootNode();
  // The element above, stepping from the top of a shadow root to its host: a web component's own parts often sit
  // directly in its root, where parentElement is null.
  const up = (el) => el.parentElement || rootOf(el).host || null;
  const byId = (el, id) => { const r = rootOf(el); return (r.getElementById ? r.getElementById(id) : null) || document.getElementById(id); };
  const textOf = (node) => {
    if (!node) { return ''; }
    const copy = node.cloneNode(true);
    copy.querySelectorAll('input,select,textarea,button,script,style,[aria-hidden="true"],option,[data-gh-opener]').forEach((n) => n.remove());
    return clean(copy.textContent);
  };
  // Text of a card whose parts are separate blocks ("Yes" over "now or in the future"): parts joined by spaces.
  const spacedText = (node) => {
    const parts = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) { if (!t.parentElement.closest('[aria-hidden="true"],script,style')) { parts.push(t.textContent); } }
    return clean(parts.join(' '));
  };
  // Text as rendered: slotted light content in place of each <slot>, shadow content in place of a host's children.
  // A button drawn inside a web component often holds only a <slot>, so its own textContent is empty.
  const flatText = (node) => {
    const out = [];
    const visit = (n) => {
      if (n.nodeType === 3) { out.push(n.textContent); return; }
      if (n.nodeType !== 1 || n.matches('script,style,[aria-hidden="true"]')) { return; }
      if (n.tagName === 'SLOT') { const assigned = n.assignedNodes({ flatten: true }); (assigned.length ? assigned : [...n.childNodes]).forEach(visit); return; }
      [...(n.shadowRoot || n).childNodes].forEach(visit);
    };
    [...(node.shadowRoot || node).childNodes].forEach(visit);
    return clean(out.join(' '));
  };
  // The form a control belongs to, looking past the shadow roots between them.
  const formOf = (el) => {
    for (let n = el; n; n = n.getRootNode().host || null) { const f = n.closest('form'); if (f) { return f; } }
    return null;
  };
  // A select that holds one part of a date, told by its options: days 1-31, twelve months (names or 1-12), years.
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const datePartOf = (sel) => {
    const texts = [...sel.options].filter((o) => o.value !== '').map((o) => clean(o.textContent).toLowerCase());
    const nums = texts.map((t) => (/^\d{1,4}$/.test(t) ? +t : NaN));
    if (texts.length >= 28 && texts.length <= 31 && nums.every((n, i) => n === i + 1)) { return 'Day'; }
    if (texts.length === 12 && texts.every((t, i) => t.startsWith(months[i]))) { return 'Month'; }
    if (texts.length === 12 && nums.every((n, i) => n === i + 1)) { return 'month?'; }
    if (texts.length >= 2 && nums.every((n) => n >= 1900 && n <= 2100)) { return 'Year'; }
    return '';
  };
  // Two or three sibling selects that together hold a date: each is named by its part, the question is what labels
  // them together (a legend, or the label of the first one). Null when the select is not such a part.
  const dateTrio = (sel) => {
    let box = sel.parentElement;
    for (let depth = 0; depth < 3 && box && box.querySelectorAll('select').length < 2; depth++) { box = box.parentElement; }
    const sels = box ? [...box.querySelectorAll('select')] : [];
    if (sels.length < 2 || sels.length > 3 || box.querySelectorAll('input:not([type=hidden]),textarea').length) { return null; }
    const parts = sels.map(datePartOf);
    if (parts.some((p) => !p) || !parts.some((p) => p === 'Day' || p === 'Year')) { return null; }
    const named = parts.map((p) => (p === 'month?' ? 'Month' : p));
    if (new Set(named).size !== named.length) { return null; }
    const partWord = /^(day|month|year|dd|mm|yyyy|yy)$/i;
    const own = sels.map((s) => labelled(s)).find((t) => t && !partWord.test(t));
    const question = groupLabel(sel) || own || nearbyText(box);
    return question ? { part: named[sels.indexOf(sel)], question } : null;
  };
  // A rich-text editor (a contenteditable box, often role=textbox) answers like a textarea: its outermost editable
  // element is the control, its text the value.
  const isEditor = (el) => el.isContentEditable && !(up(el) && up(el).isContentEditable) && !el.matches('input,select,textarea');
  // An editor that is the whole body of a same-origin frame (as classic rich-text editors draw it) is named and marked
  // required by its frame element in the page around it.
  const frameHost = (el) => (el === document.body && window.frameElement) || null;
  const isControl = (el) => el.matches('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]),select,textarea,button[aria-haspopup="listbox"],[role=combobox]:not(input),button[aria-pressed]') || isEditor(el);
  // Two or three sibling buttons answering yes/no with no ARIA state: a toggle drawn with buttons. Their state is
  // read from aria-checked/aria-selected, a selected-looking class, or, failing all, the engine's own last click.
  const yesNo = /^(yes|no|y|n|oui|non|ja|nein|s[i\u00ed])$/i;
  const isYesNoButton = (el) => el.matches('button,[role=button]') && !el.matches('[aria-pressed],[aria-haspopup]') && yesNo.test(clean(el.textContent))
    && el.parentElement && (() => { const sibs = [...el.parentElement.children].filter((c) => c.matches('button,[role=button]'));
      return sibs.length >= 2 && sibs.length <= 3 && sibs.every((c) => yesNo.test(clean(c.textContent))); })();
  // A class says so in any spelling: "is-active", "btn--selected", "_active", "Toggle_isSelected__x2", "pillOn"; a
  // utility class for a state ("active:bg-blue") styles the state, it does not report it, and "not-selected" denies it.
  const stateWords = (el) => (typeof el.className === 'string' ? el.className : '').split(/\s+/).filter((c) => !c.includes(':'))
    .flatMap((c) => c.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).map((w, i, ws) => (/^(not|un|no)$/.test(ws[i - 1] || '') ? '' : w)));
  const looksSelected = (el) => ['aria-checked', 'aria-selected', 'aria-pressed', 'aria-current'].some((a) => el.getAttribute(a) === 'true')
    || stateWords(el).some((w) => /^(active|selected|checked|chosen|pressed|picked|on)$/.test(w)) || /^(on|checked|active)$/i.test(el.getAttribute('data-state') || '');
  // Pressed-state buttons drawn as pills, each in its own wrapper (<li>) of one list: the list is their group.
  const pressedGroup = (el) => {
    const parent = el.parentElement;
    const outer = parent.parentElement;
    const single = (c) => c.querySelectorAll('button[aria-pressed]').length === 1 && !c.querySelector('input,select,textarea');
    return parent.querySelectorAll(':scope > button[aria-pressed]').length === 1 && single(parent) && outer && outer.children.length >= 2
      && [...outer.children].every((c) => single(c) && !!c.querySelector(':scope > button[aria-pressed]')) ? outer : parent;
  };
  const severalAsked = /\b(all|any|those) that apply\b|\bselect (all|one or more|any)\b|\bchoose (all|one or more|any)\b|\bcheck all\b/i;
  const groupLabel = (el) => {
    const g = el.closest('fieldset,[role=group],[role=radiogroup]');
    if (!g) { return ''; }
    const legend = g.querySelector('legend');
    return clean(legend ? textOf(legend) : '') || labelled(g) || clean(g.getAttribute('aria-label'));
  };

  // Text just before the element: previous siblings, then the parent's previous siblings (a table cell), a few levels up.
  // For the box of a group of options, its own options do not stop the climb: the question is often a caption in a
  // block beside the block that holds the options (<div>question</div><div><ul>radios</ul></div>).
  // Up to three blocks of the nearest level are kept, in reading order: a caption is often a statement and a question
  // in blocks of their own (a paragraph over a paragraph, a label over a help line). A block holding another control or
  // a heading ends them.
  const nearbyBlocks = (el, members = []) => {
    let node = el;
    for (let depth = 0; depth < 4 && node; depth++) {
      const found = [];
      for (let sib = node.previousElementSibling; sib && found.length < 3; sib = sib.previousElementSibling) {
        if (sib.matches('input,select,textarea') || sib.querySelector('input:not([type=hidden]),select,textarea')) { break; }
        if (found.length && sib.matches('button,[role=button],[role=radio],[role=checkbox],[role=combobox]')) { break; }
        if (found.length && sib.querySelector('button,[role=button],[role=radio],[role=checkbox],[role=combobox]')) { break; }
        // A button's words are an action ("Choose a file" over a hidden file input), not the question.
        if (sib.matches('button,[role=button]')) { continue; }
        const t = textOf(sib);
        const heading = /^H[1-6]$/.test(sib.tagName);
        if (t) { found.unshift({ text: t, heading, help: sib.matches(helpSelector) }); }
        if (t && heading) { break; }
      }
      if (found.length) { return found; }
      for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
        if (sib.nodeType === 3 && clean(sib.textContent)) { return [{ text: clean(sib.textContent) }]; }
        if (sib.nodeType === 1) { break; }
      }
      node = node.parentElement;
      if (!node || [...node.querySelectorAll('input:not([type=hidden]),select,textarea')].filter((c) => !members.includes(c)).length > (members.length ? 0 : 1)) { break; }
    }
    return [];
  };
  const asks = (t) => /\?$/.test(t);
  // The question of a group of options captioned by blocks. The nearest block that asks (ends in a question mark) is
  // the question when every block after it, nearer the options, only says more: a help line, an instruction or a full
  // statement (a sentence's stop, or four words or more). A short block nearer the options is their own label and
  // stays the question: "Gender" under "Would you like to answer the voluntary questions below?", "Excel spreadsheets"
  // under "Have you used any of these tools?". A heading is never the question, at most its context. The other blocks,
  // when none of them asks too, are the question's context ("The team is in the Leeds office on Tuesdays." before
  // "Can you commit to that?"). With no question the nearest block is the label, as a caption of one block is. A single
  // control's caption stays the nearest block (nearbyText): a box named "Portfolio URL" under "Do you have a
  // portfolio?" is the URL.
  const saysMore = (b) => b.help || instruction.test(b.text) || /[.!]$/.test(b.text) || b.text.split(' ').length >= 4;
  const caption = (blocks) => {
    if (!blocks.length) { return { label: '', context: [] }; }
    let asking = -1;
    for (let i = blocks.length - 1; i >= 0 && asking < 0; i--) {
      if (!blocks[i].heading && asks(blocks[i].text)) { asking = i; } else if (!saysMore(blocks[i])) { break; }
    }
    const at = asking >= 0 ? asking : blocks.length - 1;
    const rest = blocks.filter((b, i) => i !== at).map((b) => b.text);
    return { label: blocks[at].text, context: asking >= 0 && !rest.some(asks) ? rest : [] };
  };
  const nearbyText = (el, members = []) => (nearbyBlocks(el, members).slice(-1)[0] || { text: '' }).text;

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

  // A light-DOM control placed into a component through a <slot>: its caption is drawn in the component's shadow root,
  // around or before the slot, where neither <label for> nor the light siblings reach.
  const slottedCaption = (el) => {
    let n = el;
    for (let depth = 0; depth < 3 && n && !n.assignedSlot; depth++) { n = n.parentElement; }
    const slot = n && n.assignedSlot;
    if (!slot) { return ''; }
    const label = slot.closest('label');
    return (label && textOf(label)) || nearbyText(slot);
  };

  const labelled = (el) => {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter((id) => id && id !== el.id);
    const t = clean(ids.map((id) => textOf(byId(el, id))).join(' '));
    if (t) { return t; }
    const labels = [...(el.labels || [])];
    if (!labels.length && el.id) { const l = rootOf(el).querySelector && rootOf(el).querySelector('label[for="' + CSS.escape(el.id) + '"]'); if (l) { labels.push(l); } }
    const lt = clean(labels.map(textOf).join(' '));
    const aria = clean(el.getAttribute('aria-label'));
    if (aria && !['radio', 'checkbox'].includes(el.type)) {
      // A dropdown button often names itself by its label plus what it shows and a state ("Country Select One
      // Required"): the label it starts with is the question, the rest is not.
      const own = el.tagName === 'BUTTON' ? clean(el.textContent).toLowerCase() : '';
      const extra = (rest) => { const r = rest.trim().toLowerCase().replace(/\s*required$/, '').trim(); return r === '' || r === own; };
      if (lt && aria.toLowerCase().startsWith(lt.toLowerCase()) && extra(aria.slice(lt.length))) { return lt; }
      const at = own ? aria.toLowerCase().lastIndexOf(' ' + own) : -1;
      return at > 0 && extra(aria.slice(at)) && (/required$/i.test(aria) || /^(select|choose)\b/.test(own)) ? aria.slice(0, at).trim() : aria;
    }
    if (lt) { return lt; }
    return '';
  };

  const requiredMark = (el, group) => {
    if (el.required || el.getAttribute('aria-required') === 'true') { return true; }
    if (group && (group.getAttribute('aria-required') === 'true' || group.querySelector('[required],[aria-required="true"]'))) { return true; }
    const labels = [...(el.labels || [])];
    // A drawn control (a link or div) has no el.labels, though a <label for> may still name it.
    if (!labels.length && el.id) { const l = rootOf(el).querySelector && rootOf(el).querySelector('label[for="' + CSS.escape(el.id) + '"]'); if (l) { labels.push(l); } }
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean).map((id) => byId(el, id)).filter(Boolean);
    if (el.closest('fieldset[aria-required="true"],[role=group][aria-required="true"],[role=radiogroup][aria-required="true"]')) { return true; }
    // The mark is often a separate element right after the label: <label>Email</label><span class="req">*</span>.
    const markAfter = (l) => { const n = l.nextElementSibling; return !!n && !n.matches('input,select,textarea') && /^[\*\u2731]$/.test((n.textContent || '').trim()); };
    // Or just before it, in its own element: <span class="requiredfieldindicator">*</span><label>First Name</label>.
    const markBefore = (l) => { const n = l.previousElementSibling; return !!n && !n.matches('input,select,textarea,label') && /^[\*\u2731]$/.test((n.textContent || '').trim()); };
    return [...labels, ...ids].some((l) => /[\*\u2731]/.test(l.textContent) || /required/i.test(l.className) || l.querySelector('[class*=req],abbr[title=required]') || markAfter(l) || markBefore(l));
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
    // A component holding one field in its own shadow root: the root is the field's box (label, control, message).
    const root = rootOf(node);
    if (!node.parentElement && root !== document && root.host
      && ![...root.querySelectorAll('input:not([type=hidden]),select,textarea')].some((c) => !names.includes(c) && !(c.name && c.name === el.name))) { return root; }
    return node;
  };
  const messageSelector = '[role=alert],[class*=error],[class*=Error],[data-automation-id=errorMessage],.invalid-feedback,[class*=validation-message]';
  const usedMessages = new Set();
  const errorNear = (el, members) => {
    const box = fieldContainer(el, members);
    const found = [...box.querySelectorAll(messageSelector)]
      .filter((e) => visible(e) && !e.querySelector('input,select,textarea')).map((e) => { usedMessages.add(e); return clean(e.textContent); }).filter(Boolean);
    const described = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean).map((id) => byId(el, id))
      .filter((d) => d && visible(d) && (d.matches('[role=alert],[class*=error],[class*=Error],[class*=invalid]') || el.getAttribute('aria-invalid') === 'true'))
      .map((d) => clean(d.textContent));
    return [...new Set([...found, ...described].filter(Boolean))].join(' ');
  };
  // What a script combobox shows as chosen once its input is cleared: the single value drawn beside the input
  // (react-select's "single-value") or the chips of a multi-select, each without its remove button.
  const chosenSelector = '[class*=single-value],[class*=singleValue],[class*=multi-value],[class*=multiValue],[class*=selection__rendered],[class*=selection__choice],[class*=chip],[class*=Chip],[class*=token],[class*=Token],[role=listitem],[data-automation-id=selectedItem]';
  const shownChoice = (el) => {
    const box = fieldContainer(el, [el]);
    const parts = [...box.querySelectorAll(chosenSelector)].filter((c) => visible(c) && !c.closest('[role=listbox],label') && !c.querySelector(chosenSelector)
      && !/placeholder/i.test(c.className)).map(textOf).filter(Boolean);
    return parts.join(', ');
  };
  // Help text tied to a control (aria-describedby) or written in its box under a help or hint class: it often shows the
  // only format the page takes ("Write the date like this: 31.12.2026"). Messages about errors are not help.
  const helpSelector = '[class*=help],[class*=Help],[class*=hint],[class*=Hint],[class*=description],[class*=Description],[class*=instruction],[class*=Instruction]';
  const described = (el) => {
    const tied = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean).map((id) => byId(el, id)).filter((d) => d && !d.matches(messageSelector));
    const box = fieldContainer(el, [el]);
    const near = [...box.querySelectorAll(helpSelector)].filter((h) => !h.matches(messageSelector) && !h.querySelector('input,select,textarea') && visible(h));
    return clean([...new Set([...tied, ...near])].map(textOf).join(' ')).slice(0, 300);
  };
  // The smallest block around a group that holds no other control: the group's own field box.
  const ownBox = (el, members) => {
    let node = el;
    for (let depth = 0; depth < 3 && up(node); depth++) {
      const parent = up(node);
      if ([...parent.querySelectorAll('input:not([type=hidden]),select,textarea,button,[role=radio],[role=checkbox],[role=combobox],[role=switch]')]
        .some((c) => !el.contains(c) && !members.includes(c))) { break; }
      node = parent;
    }
    return node;
  };
  // A group's question and the statements around it that it refers to ("Can you keep to that schedule?" under "Crews
  // start at the Boise yard at 6am, five days a week"): caption blocks beside the question, help text tied to the group
  // or written in its box, before or after the options. Only a question (ending in a question mark) has context, and
  // only statements are context: an option's word, a required mark, an error message or an instruction is not.
  // How to answer ("Select all that apply.", "Choose one option") says nothing about what is asked.
  const instruction = /^(please )?(select|choose|pick|check|tick|mark|click|enter|type|write|upload|start typing)\b|\b(all|any|those) that apply\b/i;
  const captionOf = (el, members, own) => {
    const near = own ? { label: own, context: [] } : caption(nearbyBlocks(el, members.filter((m) => m.matches('input,select,textarea'))));
    if (!asks(near.label)) { return { label: near.label, context: '' }; }
    const box = ownBox(el, members);
    const optionLabel = (c) => members.some((m) => [...(m.labels || [])].some((l) => c.contains(l)));
    const beside = box === el ? [] : [...box.children].filter((c) => !c.contains(el) && !members.some((m) => c.contains(m)) && !optionLabel(c)
      && !c.matches(messageSelector + ',legend,h1,h2,h3,h4,h5,h6') && visible(c));
    const tied = [el, ...members].flatMap((m) => (m.getAttribute('aria-describedby') || '').split(/\s+/)).filter(Boolean)
      .map((id) => byId(el, id)).filter((d) => d && !d.matches(messageSelector));
    const texts = [...new Set([...near.context, ...[...tied, ...beside].map(textOf)])]
      .filter((t) => t.split(' ').length >= 4 && !asks(t) && !instruction.test(t) && !near.label.includes(t) && !t.includes(near.label));
    return { label: near.label, context: clean(texts.join(' ')).slice(0, 400) };
  };
  const hints = (el) => [el.name, el.id, el.getAttribute('placeholder'), el.getAttribute('autocomplete'), el.getAttribute('data-automation-id'),
    el.getAttribute('data-qa'), el.getAttribute('data-testid'), el.type].filter(Boolean).join(' ');

  // One element the reading trips over costs that element, not the page: a thrown error here would leave the engine
  // with no fields and no buttons at all. What was skipped is reported as faults.
  const faults = [];
  const fault = (el, e) => faults.push(el.tagName.toLowerCase() + ': ' + String(e && e.message || e));
  const safely = (test) => (el) => { try { return test(el); } catch (e) { fault(el, e); return false; } };
  // A country-flag phone widget (intl-tel-input and the like): a flag or country button beside a phone input, in a
  // wrapper holding no other visible control, that shows or is titled with the chosen country ("+44", "United Kingdom:
  // +44", a flag class). The button belongs to the phone field (reported on it as its dialer), not a question of its own.
  const shownOf = (c) => [c.textContent, c.getAttribute('title'), c.getAttribute('aria-label'),
    ...[c, ...c.querySelectorAll('*')].map((n) => (typeof n.className === 'string' ? n.className : ''))].join(' ').replace(/\s+/g, ' ').trim();
  const dialerOf = (el) => {
    if (el.tagName !== 'INPUT' || !/^(tel|text|)$/i.test(el.getAttribute('type') || '')
      || (el.type !== 'tel' && !/phone|mobile|\bcell|\btel\b/i.test([el.name, el.id, el.getAttribute('autocomplete'), labelled(el)].join(' ')))) { return null; }
    let box = el.parentElement;
    for (let depth = 0; depth < 3 && box; depth++, box = box.parentElement) {
      if ([...box.querySelectorAll('input:not([type=hidden]),select,textarea')].some((c) => c !== el && visible(c))) { return null; }
      const near = [...box.querySelectorAll('button,[role=combobox],[aria-haspopup],[class*=flag],[class*=country]')]
        .filter((c) => !c.contains(el) && !c.closest('[role=listbox],ul') && visible(c));
      const dialer = [...near.filter((c) => c.matches('button,[role=combobox],[aria-haspopup],[tabindex]')), ...near]
        .find((c) => /\+\s?\d{1,4}\b|flag|countr/i.test(shownOf(c)));
      if (dialer) { return dialer; }
    }
    return null;
  };
  const dialers = new Map();
  for (const el of all) { try { const d = el.tagName === 'INPUT' && visible(el) ? dialerOf(el) : null; if (d) { dialers.set(el, d); } } catch (e) { fault(el, e); } }
  const partOfDialer = (el) => [...dialers.values()].some((d) => d === el || d.contains(el) || el.contains(d));
  // A native select hidden behind a drawn dropdown (a toggle, link or read-only text showing the choice, opening a list
  // with or without a search box) that writes the choice back into the select: the select is the field, read with its
  // options and value, and the drawn opener (drawnOpeners) is what the engine clicks. The opener is the first visible
  // clickable thing in the smallest block around the select that holds no other select and no other field.
  const opensSomething = (c) => c.matches('button,[role=combobox],[role=button],[aria-haspopup],a:not([href]),a[href^="#"],a[href^="javascript:"],input[readonly],[tabindex]')
    && !c.matches('input[type=hidden],input[type=file],input[type=checkbox],input[type=radio],input[type=submit],button[type=submit],[tabindex="-1"]:not(a,button,[role],[aria-haspopup])')
    && !(c.tagName === 'BUTTON' && !c.hasAttribute('type') && c.form);
  const drawnOpenerOf = (sel) => {
    // Hidden by itself, not with its block (a follow-up question not shown yet).
    if (sel.tagName !== 'SELECT' || sel.multiple || sel.disabled || visible(sel) || !sel.parentElement || !visible(sel.parentElement)) { return null; }
    let box = sel.parentElement;
    for (let depth = 0; depth < 2 && box; depth++, box = box.parentElement) {
      const near = [...box.querySelectorAll('*')].filter((c) => !sel.contains(c) && !c.closest('[role=listbox]') && !(c.closest('label') && !c.closest('label').contains(sel)) && visible(c));
      // The block of another field is not this select's (an open list's own search box sits beside the select).
      if (box.querySelectorAll('select').length > 1 || (depth > 0 && near.some((c) => c.matches('input:not([type=hidden]):not([readonly]),textarea')))) { return null; }
      const opener = near.find(opensSomething);
      if (opener) { return opener; }
    }
    return null;
  };
  // A dropdown showing an invitation to search ("Find…", "Type to search", "Start typing…") shows no choice yet.
  const searchPrompt = /^(search|find|look up|type|start typing|begin typing|enter)\b.*(\u2026|\.\.\.)$|^(search|find|type here|start typing)$|\btype to (search|filter)\b/i;
  // A dropdown saying that nothing is chosen ("No Selection", "None selected", "(none)") shows no choice either.
  const nothingChosen = /^\(?(no selection|nothing selected|none selected|not selected|no value|none)\)?$/i;
  const drawnOpeners = new Map();
  // An opener shows the choice and an arrow ("--\u25be"), never the question: a caption wrapping it is read without it.
  for (const el of all) { try { const o = el.tagName === 'SELECT' ? drawnOpenerOf(el) : null; if (o) { drawnOpeners.set(el, o); o.setAttribute('data-gh-opener', ''); } } catch (e) { fault(el, e); } }
  const isDrawnOpener = (el) => [...drawnOpeners.values()].some((o) => o === el || o.contains(el));

  // A checkbox drawn as an element (role=checkbox or switch) that keeps a native box inside only to mirror its state
  // (taken out of the tab order, or drawn at no size or fully transparent): the element is the control, the box is not.
  const mirrorBox = (i) => i.type === 'checkbox' && (i.tabIndex < 0 || (() => { const r = i.getBoundingClientRect(); return r.width < 2 || r.height < 2 || getComputedStyle(i).opacity === '0'; })());
  const ariaBox = (w) => !w.querySelector('input:not([type=checkbox]),select,textarea') && !w.closest('[role=listbox],[role=tree],[role=grid]') && [...w.querySelectorAll('input')].every(mirrorBox);
  const inAriaBox = (el) => el.matches('input[type=checkbox]') && !!el.parentElement && !!el.parentElement.closest('[role=checkbox],[role=switch]') && ariaBox(el.parentElement.closest('[role=checkbox],[role=switch]'));
  // A file picker drawn as a read-only box showing the chosen file's name beside a button, over a file input kept off
  // screen: the box is the picker's display (labelled, marked required), the file input the control.
  const fileBox = (from, test) => {
    let box = from.parentElement;
    for (let depth = 0; depth < 3 && box; depth++, box = box.parentElement) {
      const controls = [...box.querySelectorAll('input:not([type=hidden]),select,textarea')];
      if (controls.some((c) => c !== from && c.type !== 'file' && !(c.tagName === 'INPUT' && c.readOnly))) { return null; }
      const found = test(controls);
      if (found) { return found; }
    }
    return null;
  };
  const fileDisplay = (el) => el.tagName === 'INPUT' && el.readOnly && el.type !== 'file' && !!fileBox(el, (cs) => cs.find((c) => c.type === 'file'));
  const displayOf = (file) => fileBox(file, (cs) => cs.find((c) => c !== file && c.type !== 'file'));
  const fileCaption = (file) => { const d = displayOf(file); return d ? labelled(d) : ''; };
  const fields = [];
  const seenGroups = new Set();
  // (The try wraps the whole loop body, left at its old indentation.)
  for (const el of all) { try {
    if (el.matches('[role=radio]:not(input)') && !el.querySelector('input[type=radio]') && !el.closest('[role=listbox]')) {
      const group = el.closest('[role=radiogroup]') || up(el);
      const key = 'cards:' + tag(group);
      if (seenGroups.has(key)) { continue; }
      seenGroups.add(key);
      const cards = [...group.querySelectorAll('[role=radio]')].filter((c) => !c.matches('input') && !c.querySelector('input[type=radio]'));
      if (!cards.some(visible)) { continue; }
      const options = cards.map((c) => ({ id: tag(c), value: c.getAttribute('data-value') || clean(c.getAttribute('aria-label')) || spacedText(c), text: clean(c.getAttribute('aria-label')) || labelled(c) || spacedText(c), selected: c.getAttribute('aria-checked') === 'true' }));
      const { label, context } = captionOf(group, cards, labelled(group) || clean(group.getAttribute('aria-label')));
      fields.push({ id: tag(group), kind: 'radio', type: 'radio', name: group.getAttribute('data-name') || group.id || '', label, context, hints: hints(group), required: requiredMark(group, group),
        value: options.filter((o) => o.selected).map((o) => o.text).join(', '), options, error: errorNear(group, cards), group: groupLabel(group) });
      continue;
    }
    // A drawn on/off switch (role=switch, aria-checked) is a checkbox: a yes/no question answered by its state; so is a
    // box drawn as role=checkbox (a design system's consent box) outside any list.
    // A native box kept inside such an element only to mirror its state is the element's (mirrorBox).
    if (el.matches('[role=switch]:not(input),[role=checkbox]:not(input)') && ariaBox(el)) {
      if (!visible(el)) { continue; }
      fields.push({ id: tag(el), kind: 'checkbox', type: 'checkbox', name: el.getAttribute('name') || '', label: labelled(el) || nearbyText(el), hints: hints(el),
        required: requiredMark(el), value: el.getAttribute('aria-checked') === 'true' ? 'true' : '', options: [], error: errorNear(el, [el]) });
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
      const { label, context } = captionOf(group, buttons, labelled(group));
      fields.push({ id: tag(group), kind: 'toggle', type: 'toggle', name: group.getAttribute('data-name') || '', label, context, hints: hints(group), required: requiredMark(group, group),
        value: options.filter((o) => o.selected).map((o) => o.text).join(''), options, error: errorNear(group, buttons), group: groupLabel(group), stateless: !stated });
      continue;
    }
    if (!isControl(el) || el.disabled || partOfDialer(el) || isDrawnOpener(el) || inAriaBox(el) || fileDisplay(el)) { continue; }
    // A drawn control switched off by its script (aria-disabled, a State list until a country is chosen) takes no answer yet.
    if (!el.matches('input,select,textarea') && el.getAttribute('aria-disabled') === 'true') { continue; }
    if (el.closest('[role=listbox]')) { continue; }
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (el.tagName === 'INPUT' && (type === 'radio' || type === 'checkbox')) {
      const groupName = el.name ? rootOf(el) === document ? 'n:' + el.name : null : null;
      const scope = rootOf(el);
      // Checkboxes named one per box under one question (a fieldset or role=group with a caption) are one group.
      const box = type === 'checkbox' ? el.closest('fieldset,[role=group]') : null;
      const boxed = box ? [...box.querySelectorAll('input[type=checkbox]')] : [];
      // Boxes with no name at all (a script keeps their state) are one group too, and a caption asking a question
      // ("Which of these set-ups would suit you?") makes long option texts its choices; neither when a box is a consent.
      const boxText = (m) => clean(m.labels && m.labels[0] ? m.labels[0].textContent : '') || m.value;
      const distinct = new Set(boxed.map((m) => m.name)).size > 1;
      const unnamed = boxed.every((m) => !m.name);
      const consent = boxed.some((m) => /\b(agree|consent|accept|acknowledge|certify|confirm|terms|privacy)/i.test(boxText(m)));
      // "Please check one of the boxes below": boxes that together answer one question, one of them ticked.
      const asks = /\?[\s*\u2731]*$|\b(all|any|those) that apply\b|\bselect all\b|\b(check|tick|mark|select|choose) (only )?one\b/i.test(groupLabel(el));
      const short = boxed.every((m) => boxText(m).split(' ').length <= 6);
      const perBox = boxed.length >= 2 && (distinct || unnamed) && !!groupLabel(el) && ((short && (distinct || !consent)) || (asks && !consent));
      const members = perBox ? boxed : el.name ? [...scope.querySelectorAll('input[type="' + type + '"]')].filter((m) => m.name === el.name) : [el];
      const key = perBox ? 'boxes:' + tag(box) : el.name ? type + ':' + el.name + ':' + (members[0].getAttribute('data-gh-id') || tag(members[0])) : null;
      if (key && seenGroups.has(key)) { continue; }
      if (key) { seenGroups.add(key); }
      if (!members.some(shown)) { continue; }
      const options = members.map((m) => ({ id: tag(m), value: m.value, text: clean(m.getAttribute('aria-label')) || (m.labels && m.labels[0] ? spacedText(m.labels[0]) : '') || labelled(m) || nearbyText(m) || m.value, selected: m.checked }));
      if (type === 'checkbox' && members.length === 1) {
        const t = labelled(el) || nearbyText(el);
        fields.push({ id: tag(el), kind: 'checkbox', type, name: el.name || '', label: t, hints: hints(el), required: requiredMark(el), value: el.checked ? 'true' : '', options, error: errorNear(el, members) });
        continue;
      }
      let group = perBox ? box : el.closest('fieldset,[role=radiogroup],[role=group]');
      if (group && ![...members].every((m) => group.contains(m))) { group = null; }
      let own = '';
      if (group) {
        const legend = group.querySelector('legend');
        own = clean(legend ? textOf(legend) : '') || labelled(group) || clean(group.getAttribute('aria-label'));
      }
      let common = members[0].parentElement;
      while (common && !members.every((m) => common.contains(m))) { common = common.parentElement; }
      const { label, context } = captionOf(common || el, members, own || leadingText(common, members));
      fields.push({ id: tag(el), kind: type === 'radio' ? 'radio' : 'checkboxgroup', type, name: perBox ? box.getAttribute('name') || box.id || '' : el.name || '', label, context, hints: hints(el),
        required: requiredMark(el, group) || members.some((m) => m.hasAttribute('data-gh-invalid')), value: options.filter((o) => o.selected).map((o) => o.text).join(', '), options, error: errorNear(el, members) });
      continue;
    }
    if (el.matches('button[aria-pressed]') && el.parentElement) {
      const group = pressedGroup(el);
      const key = 'toggle:' + tag(group);
      if (seenGroups.has(key)) { continue; }
      seenGroups.add(key);
      const buttons = group === el.parentElement ? [...group.querySelectorAll(':scope > button[aria-pressed]')]
        : [...group.children].map((c) => c.querySelector(':scope > button[aria-pressed]'));
      if (!visible(el)) { continue; }
      const options = buttons.map((b) => ({ id: tag(b), value: b.getAttribute('data-value') || clean(b.textContent), text: clean(b.textContent), selected: b.getAttribute('aria-pressed') === 'true' }));
      const { label, context } = captionOf(group, buttons, labelled(group));
      const labelEl = (group.getAttribute('aria-labelledby') || '').split(/\s+/).map((id) => byId(group, id)).find(Boolean);
      const required = group.getAttribute('aria-required') === 'true' || !!(labelEl && (/required/i.test(labelEl.className) || /[\*\u2731]/.test(labelEl.textContent)));
      // Pills that each keep their own state: a question asking for all that apply takes several.
      const multiple = group.getAttribute('aria-multiselectable') === 'true' || severalAsked.test(label);
      fields.push({ id: tag(group), kind: 'toggle', type: 'toggle', name: '', label, context, hints: '', required, value: options.filter((o) => o.selected).map((o) => o.text).join(multiple ? ', ' : ''), options, error: errorNear(group, buttons), multiple });
      continue;
    }
    const opener = drawnOpeners.get(el);
    if (!shown(el) && !opener) { continue; }
    // A box inviting a search ("Search", "Find a school", "Type to search") opens a list of entries to pick from, and
    // the entry picked is often drawn beside it as a pill while the box itself is emptied (Workday's prompts).
    const searchBox = el.tagName === 'INPUT' && /^(text|search|)$/.test(type) && /^\s*(search|find|look up)\b|\btype to (search|filter)\b/i.test(el.getAttribute('placeholder') || '');
    const suggests = el.tagName === 'INPUT' && (el.getAttribute('role') === 'combobox' || /^(list|both)$/.test(el.getAttribute('aria-autocomplete') || '') || !!el.list || searchBox);
    const editor = isEditor(el);
    let kind = el.tagName === 'SELECT' ? (el.multiple ? 'multiselect' : 'select') : el.tagName === 'TEXTAREA' || editor ? 'text' : (el.tagName === 'BUTTON' || el.getAttribute('role') === 'combobox') && !suggests ? 'listbox' : type === 'file' ? 'file' : suggests ? 'combobox' : 'text';
    const trio = el.tagName === 'SELECT' && !el.multiple ? dateTrio(el) : null;
    const label = trio ? trio.part : labelled(el) || (editor && frameHost(el) && labelled(frameHost(el))) || (type === 'file' && fileCaption(el)) || (opener && (labelled(opener) || nearbyText(opener))) || slottedCaption(el) || nearbyText(el) || clean(el.getAttribute('placeholder'));
    let options = [];
    let value = editor ? clean(el.innerText || el.textContent) : el.value || '';
    if (kind === 'select' || kind === 'multiselect') {
      options = [...el.options].map((o) => ({ id: '', value: o.value, text: clean(o.textContent), selected: o.selected }));
      value = options.filter((o) => o.selected && o.value).map((o) => o.text).join(', ');
    } else if (kind === 'listbox') {
      const t = clean(el.textContent);
      value = /placeholder/i.test(el.className) || /^[-\u2013\u2014\s.]*(select|choose|pick\b|--|please|make a selection)/i.test(t) || searchPrompt.test(t) || nothingChosen.test(t) ? '' : t;
    } else if (kind === 'combobox' && el.list) {
      options = [...el.list.options].map((o) => ({ id: '', value: o.value, text: clean(o.label || o.value), selected: o.value === el.value }));
    } else if (kind === 'combobox' && !value) {
      value = shownChoice(el);
    } else if (kind === 'file') {
      value = el.files && el.files.length ? el.files[0].name : '';
    }
    fields.push({ id: tag(el), kind, type: el.tagName === 'TEXTAREA' || editor ? 'textarea' : type || el.tagName.toLowerCase(), name: el.name || el.getAttribute('data-name') || '', label, hints: hints(el),
      required: requiredMark(el) || (editor && !!frameHost(el) && requiredMark(frameHost(el))) || (!!opener && requiredMark(opener)) || el.hasAttribute('data-gh-invalid') || (type === 'file' && !!displayOf(el) && requiredMark(displayOf(el))), value, options, error: errorNear(el, opener ? [el, opener] : [el]), native: el.validity && !el.validity.valid ? el.validationMessage : '', placeholder: el.getAttribute('placeholder') || '', pattern: el.getAttribute('pattern') || '',
      title: el.getAttribute('title') || '', maxLength: el.maxLength > 0 ? el.maxLength : 0, hidden: el.hasAttribute('data-gh-invalid') && !visible(el), group: trio ? trio.question : groupLabel(el),
      readOnly: !!el.readOnly, calendar: kind === 'text' && /^(dialog|grid)$/i.test(el.getAttribute('aria-haspopup') || ''), popup: kind === 'combobox' && !!el.getAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false',
      description: kind === 'text' || kind === 'combobox' ? described(el) : '',
      dialer: dialers.has(el) ? tag(dialers.get(el)) : '', dialShown: dialers.has(el) ? shownOf(dialers.get(el)) : '', drawn: opener ? tag(opener) : '', chosen: el.getAttribute('data-gh-chosen') || '' });
  } catch (e) { fault(el, e); } }

  // A step's own check often writes "This field is required." in the row of a control without naming it, where no
  // control's own box reaches (a group of two controls, a fieldset): such a message goes to the empty controls of the
  // smallest block around it that holds any, so the step can be repaired like a refused submission.
  const byTag = new Map(fields.map((f) => [f.id, f]));
  const empty = (f) => !f.value && !f.options.some((o) => o.selected && o.value);
  for (const message of all.filter(safely((e) => e.matches(messageSelector + ',[class*=invalid]:not(label)') && !usedMessages.has(e) && visible(e) && !e.querySelector('input,select,textarea,li,[data-gh-id]')))) {
    const text = clean(message.textContent);
    if (!text || text.length > 200) { continue; }
    let box = message.parentElement;
    for (let depth = 0; depth < 3 && box && !box.querySelector('[data-gh-id]'); depth++) { box = box.parentElement; }
    const near = box ? [...new Set([...box.querySelectorAll('[data-gh-id]')].map((n) => byTag.get(n.getAttribute('data-gh-id'))).filter(Boolean))] : [];
    if (near.length <= 3) { near.filter((f) => !f.error && empty(f)).forEach((f) => { f.error = text; }); }
  }

  // A control anywhere below the element, its own shadow roots included.
  const holdsControl = (node) => !!node.shadowRoot && holdsControl(node.shadowRoot)
    || [...node.querySelectorAll('*')].some((n) => n.matches('input,select,textarea,button,[role=button]') || (!!n.shadowRoot && holdsControl(n.shadowRoot)));
  // An element drawn and wired as a button without saying so: focusable (tabindex) or given an onclick handler, with a
  // pointer cursor, a few words and no control inside (<xx-action tabindex="0">Continue</xx-action>, a div whose
  // onclick posts). Roles that say what else it is (tab, option, radio, link) keep it out.
  const drawnButton = (el) => (el.hasAttribute('tabindex') && el.tabIndex >= 0 || typeof el.onclick === 'function') && !el.hasAttribute('role')
    && !el.matches('a[href],input,select,textarea,label,summary,option,[contenteditable],[aria-haspopup]') && getComputedStyle(el).cursor === 'pointer'
    && flatText(el).length > 0 && flatText(el).length <= 40 && !holdsControl(el);
  // A plain link that goes nowhere but runs a script, worded as accepting or agreeing ("I Accept" under a privacy
  // statement): it acts as a button. Whether it accepts a statement is the engine's to judge (ConsentGate).
  const acceptingLink = (el) => el.matches('a:not([href]),a[href="#"],a[href^="javascript:"]') && (el.hasAttribute('href') || typeof el.onclick === 'function' || el.hasAttribute('tabindex') || getComputedStyle(el).cursor === 'pointer')
    && /^\s*(i\s+)?(accept|agree)\b/i.test(flatText(el)) && flatText(el).length <= 40;
  // A plain link that goes nowhere but runs a script, inside a modal dialog: the dialog's choices drawn as links
  // ("Apply Manually" beside "Autofill with Resume"). Which one goes on is the engine's to judge (PageReading).
  const dialogLink = (el) => el.matches('a:not([href]),a[href="#"],a[href^="javascript:"]') && flatText(el).length > 0 && flatText(el).length <= 40
    && !!el.closest('dialog[open],[role=dialog],[role=alertdialog]');
  // Besides real buttons: a design system's button element (<xx-button>, clickable itself, often with no <button>
  // inside), links styled as buttons, in-page links that accept or choose in a dialog, and drawn buttons.
  const buttonLike = (el) => el.matches('button,input[type=submit],input[type=button],[role=button]')
    || (el.tagName.includes('-') && /(^|-)(button|btn)(-|$)/i.test(el.tagName) && !el.querySelector('button'))
    || (el.matches('a') && /\b(btn|button)\b/i.test(el.getAttribute('class') || ''))
    || acceptingLink(el)
    || dialogLink(el)
    || drawnButton(el);
  const buttons = all.filter(safely((el) => buttonLike(el) && !el.matches('[aria-pressed],[aria-haspopup],[data-gh-toggle],[role=radio]') && !el.closest('[role=listbox]') && !isDrawnOpener(el) && visible(el)))
    .map((el) => ({ id: tag(el), text: (el.tagName === 'INPUT' ? clean(el.value) : flatText(el)) || labelled(el) || clean(el.getAttribute('title')),
      type: (el.getAttribute('type') || (el.tagName === 'BUTTON' && formOf(el) ? 'submit' : '')).toLowerCase(), disabled: !!el.disabled || el.getAttribute('aria-disabled') === 'true',
      hint: [el.id, el.getAttribute('class'), el.getAttribute('name'), el.getAttribute('data-automation-id'), el.getAttribute('data-testid'), el.getAttribute('data-qa')].filter(Boolean).join(' ') }));

  // An open modal dialog covers the page: only what is inside it can be used until it is dealt with (accepted,
  // filled or closed), so what lies outside is left out. The last one opened is on top. A layer drawn as one without
  // saying so (a fixed "overlay" or "modal" over the whole window, holding buttons but no list) counts too: it takes
  // every click meant for what lies under it.
  const layer = (el) => /modal|dialog|overlay|backdrop|lightbox/i.test(el.id + ' ' + (typeof el.className === 'string' ? el.className : ''))
    && (() => { const s = getComputedStyle(el); const r = el.getBoundingClientRect();
      return s.position === 'fixed' && s.pointerEvents !== 'none' && r.width >= innerWidth * 0.9 && r.height >= innerHeight * 0.9; })()
    && !!el.querySelector('button,[role=button],input[type=button],input[type=submit]') && !el.querySelector('[role=listbox],[role=menu],[role=option]');
  const modal = all.filter(safely((el) => el.matches('dialog:modal,[role=dialog][aria-modal=true],[role=alertdialog][aria-modal=true]') && visible(el))).pop()
    || all.filter(safely((el) => layer(el) && visible(el))).pop() || null;
  const inModal = (el) => { for (let n = el; n; n = rootOf(n).host || null) { if (modal.contains(n)) { return true; } } return false; };
  const byGhId = (id) => all.find((el) => el.getAttribute('data-gh-id') === id);
  const usable = (item) => !modal || inModal(byGhId(item.id));
  const dialog = modal ? clean(modal.innerText || modal.textContent).slice(0, 4000) : '';

  const body = document.body ? document.body.innerText || '' : '';
  // A summary that lists its problems reports each item apart, so that each can be matched to the field it names.
  // A cookie notice drawn as a banner reports no error.
  const notice = (el) => !el.matches('[role=alert],.error-summary,[class*=error]') && /cookie/i.test(el.id + ' ' + (typeof el.className === 'string' ? el.className : '') + ' ' + (el.textContent || ''));
  const alerts = all.filter(safely((el) => el.matches('[role=alert],.error-summary,[class*=error-banner],[class*=banner]') && visible(el) && !notice(el) && !(up(el) && up(el).closest('[role=alert],.error-summary'))))
    .flatMap((el) => { const items = [...el.querySelectorAll('li')]; return items.length ? items.map((li) => clean(li.textContent)) : [clean(el.textContent)]; }).filter(Boolean);
  const invalid = all.filter((el) => el.matches('[aria-invalid=true]') && visible(el)).length;
  const captcha = !!document.querySelector('.g-recaptcha,.h-captcha,[data-sitekey],iframe[src*="recaptcha"],iframe[src*="hcaptcha"],iframe[title*="captcha" i]')
    || /i['\u2019]?m not a robot|verify you are (a )?human/i.test(body) && !!document.querySelector('iframe,[class*=captcha]')
    || /i['\u2019]?m not a robot/i.test(body) && window !== window.top;
  const password = all.some((el) => el.matches('input[type=password]') && visible(el));
  const login = password && /\b(sign|log)\s?in\b|\blogin\b/i.test(body);
  return { url: location.href, title: document.title, fields: fields.filter(usable), buttons: buttons.filter(usable), alerts, dialog, invalid, captcha, login, text: body.slice(0, 20000), faults };
})()
