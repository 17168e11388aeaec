/*
 * Quick exit, after GOV.UK's "Exit this page": the button, or Shift pressed three times (each
 * press within 5 seconds of the last), hides the page at once and replaces it in the tab's
 * history (location.replace). Over http(s) it goes to a neutral public site; from disk, to the
 * kit's own neutral page (the button's href).
 */
(function () {
  'use strict';
  /** @type {HTMLAnchorElement | null} */
  var link = document.querySelector('a[data-quick-exit]');
  if (!link) return;
  var button = link;
  var WINDOW = 5000;
  var presses = 0;
  var last = 0;

  /** @param {Event} [event] */
  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.style.display = 'none';
    document.title = '';
    var web = /^https?:$/.test(window.location.protocol) ? button.getAttribute('data-neutral-web') : null;
    window.location.replace(web || button.href);
  }

  button.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    presses = now - last <= WINDOW ? presses + 1 : 1;
    last = now;
    if (presses >= 3) leave();
  });
})();
