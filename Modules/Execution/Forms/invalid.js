// Lists the controls the browser's own constraint validation refuses (the same set as :invalid), open shadow roots
// included, and marks each with data-gh-invalid so the inventory reports it even when hidden. Reads validity without
// calling checkValidity(), which would fire "invalid" events the page may react to.
(() => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('input,select,textarea')) {
      if (el.willValidate && el.validity && !el.validity.valid && !(el.form && el.form.noValidate)) {
        el.setAttribute('data-gh-invalid', '');
        found.push({ name: el.name || el.id || el.getAttribute('aria-label') || el.type, message: el.validationMessage || '' });
      }
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { walk(el.shadowRoot); }
    }
  };
  walk(document);
  return found;
})()
