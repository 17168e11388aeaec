/*
 * The session deck's pacing, inlined before the deck's script in that deck only (DeckLayout's
 * `totalMinutes`).
 */
(function () {
  'use strict';
  // The session deck: each step's minutes shared among its slides (from the step's own slide to
  // the next step's; the title slide before the first step counts in it), so reveal.js's speaker
  // view shows, slide by slide, whether the session is ahead of its plan or behind it.
  var root = /** @type {HTMLElement} */ (document.querySelector('main.deck'));
  /** @type {{ seconds: number, slides: HTMLElement[] }[]} */
  var steps = [];
  /** @type {HTMLElement[]} */
  var leading = [];
  root.querySelectorAll('.slides > section').forEach(function (node) {
    var slide = /** @type {HTMLElement} */ (node);
    var minutes = slide.getAttribute('data-step-minutes');
    if (minutes) steps.push({ seconds: Number(minutes) * 60, slides: steps.length === 0 ? leading.concat(slide) : [slide] });
    else if (steps.length === 0) leading.push(slide);
    else /** @type {{ slides: HTMLElement[] }} */ (steps[steps.length - 1]).slides.push(slide);
  });
  steps.forEach(function (step) {
    var each = Math.floor(step.seconds / step.slides.length);
    step.slides.forEach(function (slide, i) {
      var last = i === step.slides.length - 1;
      slide.setAttribute('data-timing', String(last ? step.seconds - each * (step.slides.length - 1) : each));
    });
  });
})();
