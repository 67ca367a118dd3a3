// Media Wire authoring UI: small enhancements only; every page works without this file.
(function () {
  'use strict';

  // Sort menus apply at once.
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });

  // "/" jumps to the search box, as in many web apps.
  var search = document.getElementById('q');
  if (search) {
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        search.focus();
        search.select();
      }
    });
  }

  // Headline length, announced politely to screen readers.
  document.querySelectorAll('input[data-counter]').forEach(function (input) {
    var counter = document.createElement('p');
    counter.className = 'counter';
    counter.setAttribute('aria-live', 'polite');
    input.insertAdjacentElement('afterend', counter);
    function update() { counter.textContent = input.value.length + ' / ' + input.maxLength + ' characters'; }
    input.addEventListener('input', update);
    update();
  });

  // Warn before leaving the story form with unsaved changes.
  var form = document.getElementById('story-form');
  if (form) {
    var dirty = false;
    var note = document.createElement('span');
    note.className = 'dirty';
    note.setAttribute('role', 'status');
    var actions = form.querySelector('.formactions');
    if (actions) { actions.appendChild(note); }
    form.addEventListener('input', function () {
      dirty = true;
      note.textContent = 'Unsaved changes';
    });
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) { event.preventDefault(); event.returnValue = ''; }
    });
  }

  // An embargo's time left, counted down each minute (the page prints it once; this keeps it true).
  document.querySelectorAll('[data-countdown]').forEach(function (element) {
    var lift = Date.parse(element.getAttribute('data-countdown'));
    if (isNaN(lift)) { return; }
    function update() {
      var minutes = Math.ceil((lift - Date.now()) / 60000);
      if (minutes <= 0) { element.textContent = 'no time'; return; }
      var days = Math.floor(minutes / 1440), hours = Math.floor(minutes / 60) % 24, mins = minutes % 60;
      element.textContent = days > 0 ? days + ' d ' + hours + ' h' : (hours > 0 ? hours + ' h ' + mins + ' min' : mins + ' min');
    }
    update();
    setInterval(update, 30000);
  });
})();
