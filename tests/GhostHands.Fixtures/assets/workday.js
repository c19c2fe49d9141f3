// Workday-style application wizard. Everything is rendered by this script after the page loads; element ids are
// generated per render, so data-automation-id is the only stable hook. Dropdowns are button + role=listbox popups
// rendered at the end of <body>, away from their field. The final step posts multipart form data with fetch.
(function () {
  'use strict';

  var SUBMIT_URL = '/forms/workday-wizard/submit';
  var SOURCES = [
    { id: 'SOURCE-CAREERS', text: 'Contoso Careers Website' },
    { id: 'SOURCE-REFERRAL', text: 'Employee Referral' },
    { id: 'SOURCE-INDEED', text: 'Indeed' },
    { id: 'SOURCE-LINKEDIN', text: 'LinkedIn' },
    { id: 'SOURCE-EVENT', text: 'Career Fair or Event' },
    { id: 'SOURCE-OTHER', text: 'Other' }
  ];
  var COUNTRIES = [
    { id: 'CAN', text: 'Canada' },
    { id: 'MEX', text: 'Mexico' },
    { id: 'GBR', text: 'United Kingdom' },
    { id: 'USA', text: 'United States of America' }
  ];
  var REGIONS = {
    CAN: [{ id: 'CAN-BC', text: 'British Columbia' }, { id: 'CAN-ON', text: 'Ontario' }, { id: 'CAN-QC', text: 'Quebec' }],
    MEX: [{ id: 'MEX-CMX', text: 'Ciudad de M\u00e9xico' }, { id: 'MEX-JAL', text: 'Jalisco' }, { id: 'MEX-NLE', text: 'Nuevo Le\u00f3n' }],
    GBR: [{ id: 'GBR-ENG', text: 'England' }, { id: 'GBR-NIR', text: 'Northern Ireland' }, { id: 'GBR-SCT', text: 'Scotland' }, { id: 'GBR-WLS', text: 'Wales' }],
    USA: [
      { id: 'USA-AZ', text: 'Arizona' }, { id: 'USA-AR', text: 'Arkansas' }, { id: 'USA-CA', text: 'California' },
      { id: 'USA-CO', text: 'Colorado' }, { id: 'USA-NY', text: 'New York' }, { id: 'USA-TX', text: 'Texas' },
      { id: 'USA-WA', text: 'Washington' }
    ]
  };
  var YES_NO = ['Yes', 'No'];

  var STEPS = [
    {
      title: 'My Information', automationId: 'contactInformationPage', fields: [
        { key: 'source', kind: 'listbox', label: 'How Did You Hear About Us?', required: true, automationId: 'sourceDropdown', options: function () { return SOURCES; } },
        { section: 'Legal Name' },
        { key: 'firstName', kind: 'text', label: 'First Name', required: true, automationId: 'legalNameSection_firstName' },
        { key: 'lastName', kind: 'text', label: 'Last Name', required: true, automationId: 'legalNameSection_lastName' },
        { section: 'Address' },
        { key: 'country', kind: 'listbox', label: 'Country', required: true, automationId: 'countryDropdown', options: function () { return COUNTRIES; }, resets: ['state'] },
        { key: 'state', kind: 'listbox', label: 'State', required: true, automationId: 'addressSection_countryRegion', options: function () { return REGIONS[values.country] || []; }, shownWhen: function () { return !!values.country; } },
        { section: 'Contact Information' },
        { key: 'email', kind: 'text', inputType: 'email', label: 'Email Address', required: true, automationId: 'email' },
        { key: 'phoneNumber', kind: 'text', inputType: 'tel', label: 'Phone Number', required: true, automationId: 'phone-number' }
      ]
    },
    {
      title: 'My Experience', automationId: 'myExperiencePage', fields: [
        { key: 'resume', kind: 'file', label: 'Resume/CV', required: true, automationId: 'file-upload-input-ref' },
        { section: 'Websites' },
        { key: 'linkedin', kind: 'text', inputType: 'text', label: 'LinkedIn', required: false, automationId: 'linkedinQuestion' }
      ]
    },
    {
      title: 'Application Questions', automationId: 'primaryQuestionnairePage', fields: [
        { key: 'workAuthorization', kind: 'radio', label: 'Do you currently have the unrestricted right to work in the United States?', required: true, automationId: 'questionnaire-workAuthorization' },
        { key: 'sponsorship', kind: 'radio', label: 'Will you now, or in the future, require Contoso to file an immigration petition on your behalf?', required: true, automationId: 'questionnaire-sponsorship' },
        { key: 'ageConfirmation', kind: 'radio', label: 'Are you at least 18 years old?', required: true, automationId: 'questionnaire-ageConfirmation' }
      ]
    },
    { title: 'Review', automationId: 'reviewJobApplicationPage', review: true }
  ];

  var values = {};
  var resumeFile = null;
  var stepIndex = 0;
  var idCounter = 0;
  var root = document.getElementById('root');

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === 'text') { node.textContent = value; } else { node.setAttribute(name, value === true ? '' : value); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function nextId() { idCounter += 1; return 'input-' + idCounter; }

  function labelFor(field, id) {
    return el('label', { 'for': id, id: id + '-label', 'class': 'wd-label' }, [
      document.createTextNode(field.label),
      field.required ? el('abbr', { title: 'required', 'class': 'wd-required', text: '*' }) : null
    ]);
  }

  function optionText(field) {
    var match = field.options().filter(function (o) { return o.id === values[field.key]; })[0];
    return match ? match.text : '';
  }

  function renderText(field) {
    var id = nextId();
    var input = el('input', { id: id, type: field.inputType || 'text', 'data-automation-id': field.automationId, 'aria-required': field.required ? 'true' : null });
    input.value = values[field.key] || '';
    input.addEventListener('input', function () { values[field.key] = input.value; });
    return el('div', { 'class': 'wd-field', 'data-automation-id': 'formField-' + field.key }, [labelFor(field, id), input]);
  }

  function renderListbox(field) {
    var id = nextId();
    var text = optionText(field);
    var button = el('button', {
      type: 'button', id: id, 'class': 'wd-select' + (text ? '' : ' wd-placeholder'), 'data-automation-id': field.automationId,
      'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-labelledby': id + '-label ' + id,
      value: values[field.key] || '', text: text || 'Select One'
    });
    button.addEventListener('click', function () { openListbox(field, button); });
    button.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') { event.preventDefault(); openListbox(field, button); }
    });
    return el('div', { 'class': 'wd-field', 'data-automation-id': 'formField-' + field.key }, [labelFor(field, id), button]);
  }

  function closePopup() {
    var open = document.querySelector('[data-automation-id="activeListContainer"]');
    if (open) {
      var owner = document.getElementById(open.getAttribute('data-owner'));
      if (owner) { owner.setAttribute('aria-expanded', 'false'); owner.removeAttribute('aria-controls'); }
      open.remove();
    }
  }

  function openListbox(field, button) {
    var wasOpen = button.getAttribute('aria-expanded') === 'true';
    closePopup();
    if (wasOpen) { return; }
    var rect = button.getBoundingClientRect();
    var listId = button.id + '-listbox';
    var list = el('ul', { role: 'listbox', id: listId, 'aria-labelledby': button.id + '-label', tabindex: '-1' });
    field.options().forEach(function (option, index) {
      var item = el('li', {
        role: 'option', id: listId + '-' + index, 'data-automation-id': 'promptOption', 'data-automation-label': option.text,
        'aria-selected': values[field.key] === option.id ? 'true' : 'false', tabindex: '-1', text: option.text
      });
      item.addEventListener('mousedown', function (event) { event.preventDefault(); });
      item.addEventListener('click', function () { choose(field, option, button); });
      list.appendChild(item);
    });
    var popup = el('div', { 'class': 'wd-popup', 'data-automation-id': 'activeListContainer', 'data-owner': button.id }, [list]);
    popup.style.left = (rect.left + window.scrollX) + 'px';
    popup.style.top = (rect.bottom + window.scrollY + 2) + 'px';
    popup.style.width = rect.width + 'px';
    document.body.appendChild(popup);
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-controls', listId);
    var items = Array.prototype.slice.call(list.children);
    var active = Math.max(0, items.findIndex(function (i) { return i.getAttribute('aria-selected') === 'true'; }));
    highlight(items, active, list);
    list.focus();
    list.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') { active = Math.min(items.length - 1, active + 1); }
      else if (event.key === 'ArrowUp') { active = Math.max(0, active - 1); }
      else if (event.key === 'Enter' || event.key === ' ') { items[active].click(); event.preventDefault(); return; }
      else if (event.key === 'Escape' || event.key === 'Tab') { closePopup(); button.focus(); return; }
      else if (event.key.length === 1) {
        var found = items.findIndex(function (i) { return i.textContent.toLowerCase().indexOf(event.key.toLowerCase()) === 0; });
        if (found >= 0) { active = found; }
      } else { return; }
      event.preventDefault();
      highlight(items, active, list);
    });
  }

  function highlight(items, active, list) {
    items.forEach(function (item, index) { item.classList.toggle('wd-active-option', index === active); });
    if (items[active]) { list.setAttribute('aria-activedescendant', items[active].id); items[active].scrollIntoView({ block: 'nearest' }); }
  }

  function choose(field, option, button) {
    var changed = values[field.key] !== option.id;
    values[field.key] = option.id;
    closePopup();
    if (changed && field.resets) { field.resets.forEach(function (key) { delete values[key]; }); }
    renderStep();
    var again = document.querySelector('[data-automation-id="' + field.automationId + '"]');
    if (again) { again.focus(); }
  }

  function renderFile(field) {
    var id = nextId();
    var input = el('input', { type: 'file', id: id, 'class': 'wd-file-input', 'data-automation-id': field.automationId, 'aria-labelledby': id + '-label', accept: '.pdf,.doc,.docx' });
    var select = el('button', { type: 'button', 'class': 'wd-button', 'data-automation-id': 'select-files', text: 'Select files' });
    select.addEventListener('click', function () { input.click(); });
    var status = el('div', { 'class': 'wd-uploaded', 'data-automation-id': 'file-upload-successful', hidden: !resumeFile }, []);
    status.textContent = resumeFile ? 'Successfully Uploaded! ' + resumeFile.name : '';
    input.addEventListener('change', function () {
      resumeFile = input.files && input.files[0] ? input.files[0] : null;
      status.hidden = !resumeFile;
      status.textContent = resumeFile ? 'Successfully Uploaded! ' + resumeFile.name : '';
    });
    return el('div', { 'class': 'wd-field', 'data-automation-id': 'formField-' + field.key }, [
      el('span', { id: id + '-label', 'class': 'wd-label' }, [document.createTextNode(field.label), el('abbr', { title: 'required', 'class': 'wd-required', text: '*' })]),
      el('div', { 'class': 'wd-dropzone', 'data-automation-id': 'file-upload-drop-zone' }, [
        el('p', { text: 'Drop file here' }), el('p', { text: 'or' }), select, input
      ]),
      status
    ]);
  }

  function renderRadio(field) {
    var name = 'radio-' + nextId();
    var legendId = name + '-legend';
    var options = YES_NO.map(function (choice) {
      var id = nextId();
      var input = el('input', { type: 'radio', id: id, name: name, value: choice, checked: values[field.key] === choice });
      input.addEventListener('change', function () { if (input.checked) { values[field.key] = choice; } });
      return el('div', { 'class': 'wd-radio' }, [input, el('label', { 'for': id, text: choice })]);
    });
    return el('fieldset', { 'class': 'wd-radio-group', 'data-automation-id': field.automationId, 'aria-required': 'true' }, [
      el('legend', { id: legendId }, [document.createTextNode(field.label), el('abbr', { title: 'required', 'class': 'wd-required', text: '*' })])
    ].concat(options));
  }

  function renderField(field) {
    if (field.section) { return el('h3', { 'class': 'wd-section-title', text: field.section }); }
    if (field.shownWhen && !field.shownWhen()) { return null; }
    return { text: renderText, listbox: renderListbox, file: renderFile, radio: renderRadio }[field.kind](field);
  }

  function displayValue(field) {
    if (field.kind === 'file') { return resumeFile ? resumeFile.name : ''; }
    if (field.kind === 'listbox') { return optionText(field); }
    return values[field.key] || '';
  }

  function renderReview() {
    return STEPS.filter(function (s) { return !s.review; }).map(function (step) {
      var rows = [];
      step.fields.filter(function (f) { return f.key; }).forEach(function (field) {
        rows.push(el('dt', { text: field.label }));
        rows.push(el('dd', { 'data-automation-id': 'review-' + field.key, text: displayValue(field) || '\u2014' }));
      });
      return el('section', { 'class': 'wd-review', 'data-automation-id': 'reviewSection' }, [el('h3', { 'class': 'wd-section-title', text: step.title }), el('dl', {}, rows)]);
    });
  }

  function missing(step) {
    return (step.fields || []).filter(function (field) {
      if (!field.key || !field.required || (field.shownWhen && !field.shownWhen())) { return false; }
      return field.kind === 'file' ? !resumeFile : !values[field.key];
    });
  }

  function showErrors(messages, byField) {
    var page = root.querySelector('.wd-page');
    var banner = el('div', { 'class': 'wd-error-banner', role: 'alert', 'data-automation-id': 'errorBanner' }, [
      el('strong', { text: 'Errors Found' }),
      el('ul', {}, messages.map(function (m) { return el('li', { text: m }); }))
    ]);
    page.insertBefore(banner, page.querySelector('h2').nextSibling);
    Object.keys(byField || {}).forEach(function (key) {
      var container = root.querySelector('[data-automation-id="formField-' + key + '"], [data-automation-id="questionnaire-' + key + '"]');
      if (container) { container.appendChild(el('div', { 'class': 'wd-error', 'data-automation-id': 'errorMessage', text: byField[key] })); }
    });
  }

  function renderStep() {
    closePopup();
    var step = STEPS[stepIndex];
    var progress = el('ol', { 'class': 'wd-progress', 'data-automation-id': 'progressBar' }, STEPS.map(function (s, index) {
      return el('li', {
        'class': index < stepIndex ? 'wd-done' : index === stepIndex ? 'wd-active' : null,
        'data-automation-id': index === stepIndex ? 'progressBarActiveStep' : 'progressBarInactiveStep',
        'aria-current': index === stepIndex ? 'step' : null, text: s.title
      });
    }));
    var body = step.review ? renderReview() : step.fields.map(renderField);
    var back = stepIndex > 0 ? el('button', { type: 'button', 'class': 'wd-button', 'data-automation-id': 'backButton', text: 'Back' }) : null;
    var next = el('button', { type: 'button', 'class': 'wd-button wd-button-primary', 'data-automation-id': 'bottom-navigation-next-button', text: step.review ? 'Submit' : 'Save and Continue' });
    if (back) { back.addEventListener('click', function () { go(stepIndex - 1); }); }
    next.addEventListener('click', step.review ? submit : advance);
    var page = el('div', { 'class': 'wd-page', 'data-automation-id': step.automationId }, [
      el('h2', { text: step.title }),
      step.review ? null : el('p', { 'class': 'wd-required-note', text: '* Indicates a required field' })
    ].concat(body).concat([el('div', { 'class': 'wd-footer', 'data-automation-id': 'pageFooter' }, [back, next])]));
    root.replaceChildren(progress, page);
  }

  function advance() {
    var absent = missing(STEPS[stepIndex]);
    if (absent.length > 0) {
      renderStep();
      var byField = {};
      absent.forEach(function (f) { byField[f.key] = 'Error: The field ' + f.label + ' is required and must have a value.'; });
      showErrors(absent.map(function (f) { return f.label + ' is required.'; }), byField);
      return;
    }
    go(stepIndex + 1);
  }

  function go(index) {
    root.replaceChildren(el('div', { 'class': 'wd-loading', 'data-automation-id': 'loadingSpinner' }, [el('span', { 'class': 'wd-spinner' }), document.createTextNode('Loading')]));
    window.scrollTo(0, 0);
    setTimeout(function () { stepIndex = index; renderStep(); }, 400);
  }

  function submit() {
    var data = new FormData();
    STEPS.forEach(function (step) {
      (step.fields || []).forEach(function (field) {
        if (!field.key) { return; }
        if (field.kind === 'file') { if (resumeFile) { data.append(field.key, resumeFile, resumeFile.name); } return; }
        if (values[field.key]) { data.append(field.key, values[field.key]); }
      });
    });
    var button = root.querySelector('[data-automation-id="bottom-navigation-next-button"]');
    button.disabled = true;
    fetch(SUBMIT_URL, { method: 'POST', body: data, headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
      .then(function (result) {
        if (result.ok) { window.location.assign(result.body.redirect); return; }
        renderStep();
        var errors = result.body.errors || {};
        showErrors(Object.keys(errors).map(function (key) { return key + ': ' + errors[key]; }));
      });
  }

  document.addEventListener('mousedown', function (event) {
    var popup = document.querySelector('[data-automation-id="activeListContainer"]');
    if (popup && !popup.contains(event.target) && event.target.getAttribute('aria-haspopup') !== 'listbox') { closePopup(); }
  });

  window.addEventListener('load', function () { setTimeout(renderStep, 600); });
})();
