// Jobvite-style "start with your resume": choosing a file posts it to the parser, shows a spinner for a moment,
// then reveals the rest of the form with the parsed values filled into the fields that are still empty.
(function () {
  'use strict';

  var PARSE_URL = '/forms/jobvite-upload-first/parse';
  var PARSING_DELAY_MS = 900;
  var FIELDS = { firstName: 'jv-first', lastName: 'jv-last', email: 'jv-email', phone: 'jv-phone', linkedin: 'jv-linkedin', currentTitle: 'jv-title', yearsExperience: 'jv-years' };
  var input = document.getElementById('jv-resume');
  var upload = document.getElementById('jv-upload');
  var status = document.getElementById('jv-upload-status');
  var details = document.getElementById('jv-details');

  // A server-side re-render keeps the typed values; show them, but the resume has to be uploaded again.
  if (document.querySelector('.error-summary')) { details.hidden = false; }

  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (!file) { return; }
    upload.classList.remove('jv-done');
    upload.classList.add('jv-busy');
    status.textContent = 'Parsing your resume\u2026';
    var data = new FormData();
    data.append('file', file, file.name);
    var parsed = fetch(PARSE_URL, { method: 'POST', body: data }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    });
    var pause = new Promise(function (resolve) { setTimeout(resolve, PARSING_DELAY_MS); });
    Promise.all([parsed, pause]).then(function (results) {
      var result = results[0];
      upload.classList.remove('jv-busy');
      if (!result.ok) { status.textContent = result.body.error; return; }
      upload.classList.add('jv-done');
      status.textContent = '\u2713 ' + file.name + ' uploaded. Choose another file to replace it.';
      document.getElementById('jv-resume-token').value = result.body.resumeToken;
      Object.keys(FIELDS).forEach(function (key) {
        var field = document.getElementById(FIELDS[key]);
        if (!field.value && result.body[key]) {
          field.value = result.body[key];
          field.classList.add('jv-autofilled');
        }
      });
      document.getElementById('jv-autofill-notice').hidden = false;
      details.hidden = false;
    });
  });
})();
