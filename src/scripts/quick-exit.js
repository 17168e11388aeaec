/*
 * Quick exit, after GOV.UK's "Exit this page": the button, or Shift pressed three times (each
 * press within 5 seconds of the last), hides the page at once and replaces it in the tab's
 * history (location.replace), where the kit keeps only one entry of its own (see
 * stay-out-of-history.js): Back then goes to wherever the reader was before the kit. Where it
 * goes: on the kit's hosted site (http or https), a neutral public site in the reader's language
 * (the button's data-neutral-web, from the kit's settings); on every other scheme (file: from a
 * USB stick, content: for a file opened from a chat app on Android), the button's own href: the
 * kit's neutral page beside the page, in the reader's language, or about:blank in a file that
 * opens alone (it has nothing beside it).
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

  // The language chooser, in no one language, offers a site per language
  // (data-neutral-web-<language>): the first of the browser's languages that has one.
  function neutralWeb() {
    var languages = navigator.languages || [navigator.language];
    for (var i = 0; i < languages.length; i += 1) {
      var own = button.getAttribute('data-neutral-web-' + String(languages[i]).replace(/-.*/, '').toLowerCase());
      if (own) return own;
    }
    return button.getAttribute('data-neutral-web');
  }

  function destination() {
    var scheme = window.location.protocol;
    var web = neutralWeb();
    if ((scheme === 'http:' || scheme === 'https:') && web) return web;
    return button.href;
  }

  /** @param {Event} [event] */
  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.style.display = 'none';
    document.title = '';
    window.location.replace(destination());
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
