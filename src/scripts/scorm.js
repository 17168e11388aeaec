/*
 * The SCORM 1.2 package's one report to a learning platform: `cmi.core.lesson_status` is
 * "completed" once the reader reaches the end of the page. Nothing else is sent, never the
 * job-offer ticks or an exercise's answer: a platform records who did what. With no platform (the
 * page opened alone), it does nothing. Inlined into the package's page only (scripts/packages/).
 */
(function () {
  'use strict';
  /**
   * The platform's SCORM 1.2 API: on this window or one of its parents, or its opener's.
   * @typedef {{ LMSInitialize(x: string): string, LMSSetValue(k: string, v: string): string, LMSCommit(x: string): string, LMSFinish(x: string): string }} ScormApi
   * @param {Window | null} start
   * @returns {ScormApi | null}
   */
  function findApi(start) {
    var win = start;
    for (var i = 0; win && i < 10; i += 1) {
      try {
        var api = /** @type {Window & { API?: ScormApi }} */ (win).API;
        if (api) return api;
      } catch (error) {
        return null; // a parent of another origin
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  var api = findApi(window) || findApi(window.opener);
  if (!api) return;
  var platform = api;
  platform.LMSInitialize('');
  var done = false;
  function complete() {
    if (done) return;
    done = true;
    platform.LMSSetValue('cmi.core.lesson_status', 'completed');
    platform.LMSCommit('');
  }
  var end = document.querySelector('[data-package-end]');
  if (end && 'IntersectionObserver' in window) {
    new IntersectionObserver(function (entries) {
      if (
        entries.some(function (entry) {
          return entry.isIntersecting;
        })
      )
        complete();
    }).observe(end);
  }
  window.addEventListener('pagehide', function () {
    platform.LMSFinish('');
  });
})();
