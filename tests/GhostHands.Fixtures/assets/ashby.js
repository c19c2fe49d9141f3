// Ashby-style application form: rendered by script, field names are question ids, yes/no questions are pairs of
// aria-pressed toggle buttons (no input element at all), and the answers are posted as one JSON object with fetch():
// toggles as true/false, numbers as numbers, checkbox groups and multi-selects as arrays.
(function () {
  'use strict';

  var root = document.getElementById('root');
  var SUBMIT_URL = '/forms/ashby-toggles-and-multi/submit';
  var QUESTIONS = [
    { path: '_systemfield_name', kind: 'text', label: 'Name', required: true, autocomplete: 'name' },
    { path: '_systemfield_email', kind: 'text', type: 'email', label: 'Email', required: true, autocomplete: 'email' },
    { path: '_systemfield_phone', kind: 'text', type: 'tel', label: 'Phone', required: true, autocomplete: 'tel' },
    { path: '3f6c2b1e-8a4d-4c7e-9b21-5d0e7a9c4f10', kind: 'boolean', label: 'Open to relocation?', required: true,
      help: 'Some roles on this team may move to our Boston hub in 2026.' },
    { path: '9a0d7e35-2c41-4b8f-a6d3-71e4f2b8c905', kind: 'boolean', label: 'Visa sponsorship required?', required: true },
    { path: 'c84e51a2-6f0b-4d93-8e27-0b5a9d1c3e64', kind: 'checkboxes', label: 'Which languages do you speak?', required: true,
      options: ['English', 'French', 'German', 'Mandarin', 'Portuguese', 'Spanish'] },
    { path: '5e27b9c0-41d8-4a6f-b3e5-c9f0a2d4e816', kind: 'multiselect', label: 'Preferred work setting(s)', required: true,
      help: 'Hold Ctrl (Cmd on a Mac) to choose more than one.',
      options: [{ value: 'onsite', text: 'On-site' }, { value: 'hybrid', text: 'Hybrid' }, { value: 'remote', text: 'Remote' }] },
    { path: '1b7f3a90-d2c5-4e68-9f41-8a6e0c2b5d73', kind: 'number', label: 'Years of experience', required: true, min: 0, max: 60, step: 1 },
    { path: 'e6093d14-7b2a-4f5c-8d90-3c1e5a7b9f02', kind: 'date', label: 'Earliest start date', required: true },
    { path: '74d2c8e1-0a3f-4b96-a5d7-e2f1c0b83a49', kind: 'money', label: 'Salary expectation', required: true,
      help: 'Expected annual base salary in US dollars.', min: 0, step: 1000 }
  ];
  var answers = {};

  function h(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === 'text') { node.textContent = value; } else { node.setAttribute(name, value === true ? '' : value); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function labelOf(q, id) {
    return h(q.kind === 'boolean' || q.kind === 'checkboxes' ? 'span' : 'label', {
      'class': 'ashby-label' + (q.required ? ' ashby-required' : ''), 'for': q.kind === 'boolean' || q.kind === 'checkboxes' ? null : id, id: id + '-label', text: q.label
    });
  }

  function inputFor(q, id) {
    var type = { text: q.type || 'text', number: 'number', date: 'date', money: 'number' }[q.kind];
    var input = h('input', {
      id: id, name: q.path, type: type, 'class': 'ashby-input' + (q.kind === 'number' || q.kind === 'date' ? ' short' : ''),
      'aria-required': q.required ? 'true' : null, autocomplete: q.autocomplete, min: q.min, max: q.max, step: q.step
    });
    input.addEventListener('input', function () {
      if (input.value === '') { delete answers[q.path]; return; }
      answers[q.path] = q.kind === 'number' || q.kind === 'money' ? Number(input.value) : input.value;
    });
    return q.kind === 'money' ? h('div', { 'class': 'ashby-money' }, [h('span', { text: '$' }), input]) : input;
  }

  function toggles(q, id) {
    var group = h('div', { 'class': 'ashby-yesno', role: 'group', 'aria-labelledby': id + '-label' });
    [['Yes', true], ['No', false]].forEach(function (choice) {
      var button = h('button', { type: 'button', 'aria-pressed': 'false', 'data-value': String(choice[1]), text: choice[0] });
      button.addEventListener('click', function () {
        answers[q.path] = choice[1];
        Array.prototype.forEach.call(group.children, function (b) { b.setAttribute('aria-pressed', b === button ? 'true' : 'false'); });
      });
      group.appendChild(button);
    });
    return group;
  }

  function checkboxes(q, id) {
    var group = h('div', { 'class': 'ashby-checkboxes', role: 'group', 'aria-labelledby': id + '-label' });
    q.options.forEach(function (option, index) {
      var box = h('input', { type: 'checkbox', id: id + '-' + index, name: q.path, value: option });
      box.addEventListener('change', function () {
        answers[q.path] = Array.prototype.filter.call(group.querySelectorAll('input'), function (b) { return b.checked; })
          .map(function (b) { return b.value; });
      });
      group.appendChild(h('label', { 'for': id + '-' + index }, [box, document.createTextNode(option)]));
    });
    return group;
  }

  function multiselect(q, id) {
    var select = h('select', { id: id, name: q.path, multiple: true, 'class': 'ashby-input', 'aria-required': 'true', size: String(q.options.length) },
      q.options.map(function (o) { return h('option', { value: o.value, text: o.text }); }));
    select.addEventListener('change', function () {
      answers[q.path] = Array.prototype.filter.call(select.options, function (o) { return o.selected; }).map(function (o) { return o.value; });
    });
    return select;
  }

  function field(q, index) {
    var id = 'q' + index;
    var control = { text: inputFor, number: inputFor, date: inputFor, money: inputFor, boolean: toggles, checkboxes: checkboxes, multiselect: multiselect }[q.kind](q, id);
    return h('div', { 'class': 'ashby-field', 'data-field-path': q.path }, [
      labelOf(q, id), q.help ? h('p', { 'class': 'ashby-help', text: q.help }) : null, control
    ]);
  }

  function showErrors(errors) {
    Array.prototype.forEach.call(root.querySelectorAll('.ashby-error, .ashby-banner'), function (e) { e.remove(); });
    var form = root.querySelector('form');
    form.insertBefore(h('div', { 'class': 'ashby-banner', role: 'alert', text: 'Your form needs corrections.' }), form.firstChild);
    Object.keys(errors).forEach(function (path) {
      var container = root.querySelector('[data-field-path="' + path + '"]');
      if (container) { container.appendChild(h('div', { 'class': 'ashby-error', text: errors[path] })); }
    });
  }

  function submit(event) {
    event.preventDefault();
    var button = root.querySelector('.ashby-submit');
    button.disabled = true;
    var body = Object.assign({ jobPostingId: root.getAttribute('data-job-posting-id') }, answers);
    fetch(SUBMIT_URL, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) { return response.json().then(function (data) { return { ok: response.ok, data: data }; }); })
      .then(function (result) {
        if (result.ok) { window.location.assign(result.data.redirect); return; }
        button.disabled = false;
        showErrors(result.data.errors || {});
      });
  }

  function render() {
    var form = h('form', { 'class': 'ashby-application-form', novalidate: true }, QUESTIONS.map(field).concat([
      h('button', { type: 'submit', 'class': 'ashby-submit', text: 'Submit Application' })
    ]));
    form.addEventListener('submit', submit);
    root.replaceChildren(form);
  }

  document.addEventListener('DOMContentLoaded', function () { setTimeout(render, 300); });
})();
