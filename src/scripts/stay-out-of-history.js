/*
 * So that leaving the kit leaves no way back to it. Moving from one of the kit's pages to another,
 * or to a place within a page (contents, skip links), replaces the tab's history entry instead of
 * adding one: the tab's history holds one entry of the kit at a time, and Quick exit replaces that
 * one, so Back goes to wherever the reader was before the kit. Without JavaScript, links work as
 * usual and "Browse safely" says what Back then shows.
 *
 * It also clears every form marked `data-clear-on-leave` (the job-offer check) when the reader
 * leaves the page or comes back to it, so that no tick is brought back by Back or by reload.
 */
(function () {
  'use strict';

  /** @param {MouseEvent} event */
  function onClick(event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var target = /** @type {Element | null} */ (event.target);
    var link = target && target.closest ? /** @type {HTMLAnchorElement | null} */ (target.closest('a[href]')) : null;
    if (!link || link.hasAttribute('download') || link.hasAttribute('data-quick-exit') || (link.target && link.target !== '_self')) return;
    var href = link.getAttribute('href') || '';
    // Only the kit's own links: a place in this file, or another file beside it (no scheme).
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return;
    var url = new URL(link.href);
    if (href.charAt(0) === '#') {
      event.preventDefault();
      window.location.replace(href);
      // A skip link or a contents entry moves the keyboard's focus there too.
      var place = document.getElementById(decodeURIComponent(href.slice(1)));
      if (place) {
        if (!place.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(place.tagName)) place.setAttribute('tabindex', '-1');
        place.focus();
      }
      return;
    }
    if (!/\.(html?|txt)$/i.test(url.pathname)) return;
    event.preventDefault();
    window.location.replace(url.href);
  }

  function clearForms() {
    document.querySelectorAll('form[data-clear-on-leave]').forEach(function (form) {
      /** @type {HTMLFormElement} */ (form).reset();
    });
  }

  document.addEventListener('click', onClick);
  window.addEventListener('pagehide', clearForms);
  window.addEventListener('pageshow', clearForms);
})();
