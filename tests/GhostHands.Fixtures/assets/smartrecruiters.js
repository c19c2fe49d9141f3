// SmartRecruiters-style application widget. <sr-application-form> renders into an open shadow root after a delay,
// and every field is its own custom element with a second open shadow root holding the label and the control.
// Controls in nested shadow roots do not belong to any <form>, so, like a component framework, the widget keeps
// its own state (updated from input/change events only) and posts that state with fetch().
(function () {
  'use strict';

  var RENDER_DELAY_MS = 1200;
  var STYLES = '<link rel="stylesheet" href="/assets/smartrecruiters.css">';

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }

  class SplField extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var root = this.attachShadow({ mode: 'open' });
      var id = 'spl-' + this.getAttribute('name');
      var required = this.hasAttribute('required');
      var label = escapeHtml(this.getAttribute('label')) + (required ? '<span class="spl-required" aria-hidden="true">*</span>' : '');
      root.innerHTML = STYLES + '<div class="spl-field">' +
        '<label class="spl-label" for="' + id + '">' + label + '</label>' + this.control(id, required) +
        '<div class="spl-error" role="alert" hidden></div></div>';
      this.bind(root);
    }

    emit(value) {
      this.dispatchEvent(new CustomEvent('sr-change', { bubbles: true, composed: true, detail: { name: this.getAttribute('name'), value: value } }));
    }

    showError(message) {
      var error = this.shadowRoot.querySelector('.spl-error');
      error.textContent = message || '';
      error.hidden = !message;
      var control = this.shadowRoot.querySelector('input, select, textarea');
      if (control) { if (message) { control.setAttribute('aria-invalid', 'true'); } else { control.removeAttribute('aria-invalid'); } }
    }
  }

  class SplInput extends SplField {
    control(id, required) {
      var type = this.getAttribute('type') || 'text';
      var autocomplete = this.getAttribute('autocomplete');
      return '<input class="spl-input" id="' + id + '" type="' + type + '"' + (required ? ' aria-required="true"' : '') +
        (autocomplete ? ' autocomplete="' + autocomplete + '"' : '') + '>';
    }

    bind(root) {
      var input = root.querySelector('input');
      input.addEventListener('input', () => this.emit(input.value));
    }
  }

  class SplTextarea extends SplField {
    control(id) { return '<textarea class="spl-input spl-textarea" id="' + id + '" rows="4"></textarea>'; }

    bind(root) {
      var input = root.querySelector('textarea');
      input.addEventListener('input', () => this.emit(input.value));
    }
  }

  class SplSelect extends SplField {
    control(id, required) {
      var options = JSON.parse(this.getAttribute('options'));
      return '<select class="spl-input" id="' + id + '"' + (required ? ' aria-required="true"' : '') + '><option value="">Select</option>' +
        options.map(function (o) { return '<option value="' + escapeHtml(o.value) + '">' + escapeHtml(o.text) + '</option>'; }).join('') + '</select>';
    }

    bind(root) {
      var select = root.querySelector('select');
      select.addEventListener('change', () => this.emit(select.value));
    }
  }

  class SplFileUpload extends SplField {
    control(id, required) {
      return '<div class="spl-dropzone"><span class="spl-dropzone-text">Drag and drop your file here or</span> ' +
        '<button type="button" class="spl-link-button">Choose a file</button>' +
        '<input type="file" class="spl-file-input" id="' + id + '" accept=".pdf,.doc,.docx,.odt,.rtf"' + (required ? ' aria-required="true"' : '') + '>' +
        '<div class="spl-file-name" hidden></div><p class="spl-hint">Supported formats: pdf, doc, docx, odt, rtf. Max 20 MB.</p></div>';
    }

    bind(root) {
      var input = root.querySelector('input[type=file]');
      var name = root.querySelector('.spl-file-name');
      root.querySelector('button').addEventListener('click', function () { input.click(); });
      input.addEventListener('change', () => {
        var file = input.files && input.files[0] ? input.files[0] : null;
        name.hidden = !file;
        name.textContent = file ? file.name : '';
        this.emit(file);
      });
    }
  }

  class SrApplicationForm extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      this.state = {};
      var root = this.attachShadow({ mode: 'open' });
      root.innerHTML = STYLES + '<div class="sr-skeleton" aria-busy="true"><div></div><div></div><div></div><div></div></div>';
      setTimeout(() => this.render(root), RENDER_DELAY_MS);
    }

    render(root) {
      var sponsorship = JSON.stringify([{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }]).replace(/"/g, '&quot;');
      root.innerHTML = STYLES +
        '<form class="sr-form" novalidate>' +
        '<section class="sr-card"><h2>Personal information</h2>' +
        '<div class="sr-row"><spl-input name="firstName" label="First name" autocomplete="given-name" required></spl-input>' +
        '<spl-input name="lastName" label="Last name" autocomplete="family-name" required></spl-input></div>' +
        '<spl-input name="email" type="email" label="Email" autocomplete="email" required></spl-input>' +
        '<spl-input name="confirmEmail" type="email" label="Confirm your email" required></spl-input>' +
        '<spl-input name="phoneNumber" type="tel" label="Phone number" autocomplete="tel" required></spl-input></section>' +
        '<section class="sr-card"><h2>Experience</h2><spl-file-upload name="resume" label="Resume" required></spl-file-upload>' +
        '<spl-input name="linkedin" type="url" label="LinkedIn profile"></spl-input></section>' +
        '<section class="sr-card"><h2>Screening questions</h2>' +
        '<spl-select name="q_sponsorship" label="Do you need a work visa or sponsorship to take up this job?" options="' + sponsorship + '" required></spl-select></section>' +
        '<section class="sr-card"><h2>Message to the hiring team</h2><spl-textarea name="message" label="Your message (optional)"></spl-textarea></section>' +
        '<div class="sr-form-error" role="alert" hidden></div>' +
        '<button type="submit" class="sr-submit">Submit application</button></form>';
      root.addEventListener('sr-change', (event) => { this.state[event.detail.name] = event.detail.value; });
      root.querySelector('form').addEventListener('submit', (event) => { event.preventDefault(); this.submit(root); });
    }

    submit(root) {
      var fields = Array.prototype.slice.call(root.querySelectorAll('[name]')).filter(function (f) { return f.tagName.indexOf('SPL-') === 0; });
      var valid = true;
      fields.forEach((field) => {
        var value = this.state[field.getAttribute('name')];
        var message = field.hasAttribute('required') && !value ? 'This field is required' : '';
        if (!message && field.getAttribute('name') === 'confirmEmail' && value !== this.state.email) { message = 'Email addresses do not match'; }
        field.showError(message);
        valid = valid && !message;
      });
      if (!valid) { return; }

      var data = new FormData();
      Object.keys(this.state).forEach((key) => {
        var value = this.state[key];
        if (value instanceof File) { data.append(key, value, value.name); } else if (value) { data.append(key, value); }
      });
      var button = root.querySelector('.sr-submit');
      button.disabled = true;
      button.textContent = 'Submitting\u2026';
      fetch(this.getAttribute('data-submit-url'), { method: 'POST', body: data, headers: { Accept: 'application/json' } })
        .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
        .then(function (result) {
          if (result.ok) { window.location.assign(result.body.redirect); return; }
          button.disabled = false;
          button.textContent = 'Submit application';
          var errors = result.body.errors || {};
          fields.forEach(function (field) { field.showError(errors[field.getAttribute('name')] || ''); });
          var banner = root.querySelector('.sr-form-error');
          banner.hidden = false;
          banner.textContent = 'Please check the highlighted fields and try again.';
        });
    }
  }

  customElements.define('spl-input', SplInput);
  customElements.define('spl-textarea', SplTextarea);
  customElements.define('spl-select', SplSelect);
  customElements.define('spl-file-upload', SplFileUpload);
  customElements.define('sr-application-form', SrApplicationForm);
})();
