// The console's small behaviours, bound by data attributes: the Content-Security-Policy allows
// no inline script and no onclick/onchange attributes (issue 9 item 12).

// Sends the CSRF token with every htmx request (forms carry it as a hidden field already).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// <button data-confirm="…">: asks before the form is sent.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
});

// <button data-print>: prints the page.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});

// <input type="checkbox" data-check-all=".line-check">: ticks or clears every box it names.
document.addEventListener('click', function (event) {
  var all = event.target.closest('[data-check-all]');
  if (!all) { return; }
  document.querySelectorAll(all.dataset.checkAll).forEach(function (box) {
    box.checked = all.checked;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  });
});

// <select data-submit-on-change>: sends its form when the choice changes.
document.addEventListener('change', function (event) {
  var select = event.target.closest('[data-submit-on-change]');
  if (select && select.form) {
    select.form.submit();
  }
});

// <form data-submit-once>: a second click does nothing (the server also ignores a repeated token).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute || !form.hasAttribute('data-submit-once')) { return; }
  if (form.dataset.sent) {
    event.preventDefault();
    return;
  }
  form.dataset.sent = '1';
});
