/*
 * Starts a deck. reveal.js is loaded before this as a classic script (window.Reveal); this file is
 * inlined into each deck page. Settings come from data- attributes on the .reveal element, so
 * the same script serves every deck and every language.
 */
(function () {
  'use strict';
  // Until now the slides are a plain document (what a reader without JavaScript sees); the class
  // hands them to reveal.js.
  var root = /** @type {HTMLElement} */ (document.querySelector('main.deck'));
  root.classList.add('reveal');
  var reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // `?handout`: printed, each slide small with its speaker notes under it (src/styles/deck-print.css).
  // The slide's own content goes into a box of the slide's size, which the handout shows smaller.
  var handout = /[?&]handout(?:[&=]|$)/.test(window.location.search);
  if (handout) {
    document.documentElement.classList.add('deck-handout');
    root.querySelectorAll('.slides > section').forEach(function (slide) {
      var box = document.createElement('div');
      box.className = 'handout-slide';
      var notes = Array.prototype.slice.call(slide.querySelectorAll('aside.notes'));
      Array.prototype.slice.call(slide.childNodes).forEach(function (node) {
        box.appendChild(node);
      });
      slide.appendChild(box);
      // The notes, wherever the slide holds them (a case's are inside its story), under the box.
      notes.forEach(function (note) {
        slide.appendChild(note);
      });
    });
  }
  // On a phone, reveal.js shows the slides as a scrolling page (below its 435 px threshold); a
  // smaller 16:9 slide there keeps the text large enough to read. The sizes are the kit's
  // (src/lib/deck-sizes.ts), handed over by the layout.
  var phone = window.matchMedia('(max-width: 435px)').matches;
  /** @type {Record<'screen' | 'handout' | 'phone', { width: number, height: number }>} */
  var sizes = JSON.parse(root.getAttribute('data-sizes') || '{}');
  var size = phone ? sizes.phone : sizes.screen;

  // The session deck's pacing: its slides' data-timing are set by src/scripts/pacing.js (inlined
  // before this script in that deck only); reveal.js's notes plugin reads `totalTime` from the
  // deck's settings (its types do not list it).
  var totalMinutes = Number(root.getAttribute('data-total-minutes') || 0);
  /** @type {{ totalTime?: number }} */
  var pacing = totalMinutes > 0 ? { totalTime: totalMinutes * 60 } : {};

  /** @param {boolean} show */
  function showNotesHere(show) {
    Reveal.configure({ showNotes: show });
    Reveal.layout();
  }

  // A notice over the deck's corner, never the notes: the projected slide stays as it was.
  var notice = /** @type {HTMLElement} */ (document.querySelector('.deck-notice'));
  var noticeTimer = 0;
  /** @param {'blocked' | 'answers' | null} kind */
  function showNotice(kind) {
    window.clearTimeout(noticeTimer);
    notice.hidden = kind === null;
    notice.setAttribute('data-showing', kind || '');
    if (kind === null) return;
    notice.querySelectorAll('[data-notice]').forEach(function (line) {
      /** @type {HTMLElement} */ (line).hidden = line.getAttribute('data-notice') !== kind;
    });
    /** @type {HTMLElement} */ (notice.querySelector('[data-action="speaker-view"]')).hidden = kind !== 'blocked';
    // Brief: it goes by itself, so nothing stays on the projected screen.
    noticeTimer = window.setTimeout(function () {
      showNotice(null);
    }, 15000);
  }
  notice.addEventListener('click', function (event) {
    var action = /** @type {HTMLElement} */ (event.target).closest('[data-action]');
    if (!action) return;
    showNotice(null);
    // A click lets the browser open a window it refused on a key press.
    if (action.getAttribute('data-action') === 'speaker-view') speakerView();
  });

  // T: the notes beside the slide, on this screen. Where they give answers away, T asks first: a
  // second T while the question shows puts them there.
  var holdsAnswers = root.hasAttribute('data-notes-hold-answers');
  function toggleNotesHere() {
    var showing = Reveal.getConfig().showNotes;
    var asked = !notice.hidden && notice.getAttribute('data-showing') === 'answers';
    if (!showing && holdsAnswers && !asked) return showNotice('answers');
    showNotice(null);
    showNotesHere(!showing);
  }

  // The speaker view opens in a pop-up window. Where the browser blocks it, the slide stays as it
  // is and a notice offers a button that opens the window on a click.
  function openSpeakerView() {
    var realOpen = window.open;
    /** @type {Window | null} */
    var opened = null;
    window.open = function (url, target, features) {
      opened = realOpen.call(window, url, target, features);
      return opened;
    };
    try {
      /** @type {import('reveal.js/plugin/notes').NotesPlugin} */ (Reveal.getPlugin('notes')).open();
    } catch (error) {
      // A blocked pop-up: the plugin has no window to write into.
    } finally {
      window.open = realOpen;
    }
    showNotice(opened ? null : 'blocked');
    if (opened) inDeckLanguage(/** @type {Window & typeof globalThis} */ (opened));
  }

  // The speaker view in the deck's language (reveal.js writes it in English): its words replaced
  // (again whenever the view rewrites them), its clock in 24 hours, and its "next slide" label
  // above the next slide rather than over its heading. The view is the plugin's own document, in
  // a window this deck opened, so the deck can reach it; nothing is added to it but words.
  /** @param {Window & typeof globalThis} view */
  function inDeckLanguage(view) {
    /** @type {{ locale: string, words: Record<string, string> }} */
    var spec = JSON.parse(root.getAttribute('data-speaker-view') || '{"locale":"en","words":{}}');
    var words = spec.words;
    var doc = view.document;
    doc.documentElement.lang = document.documentElement.lang;
    function translate() {
      var title = words[doc.title];
      if (title) doc.title = title;
      var walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var text = (node.nodeValue || '').trim();
        var layout = /^Layout(?:: (.+))?$/.exec(text);
        var next = words[text] || (layout ? words.Layout + (layout[1] ? ': ' + (words[layout[1]] || layout[1]) : '') : '');
        if (next && next !== text) node.nodeValue = (node.nodeValue || '').replace(text, next);
      }
    }
    translate();
    new view.MutationObserver(translate).observe(doc.body, { childList: true, subtree: true, characterData: true });
    var timeOfDay = Date.prototype.toLocaleTimeString;
    view.Date.prototype.toLocaleTimeString = function () {
      return timeOfDay.call(this, spec.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    };
    var upcoming = doc.getElementById('upcoming-slide');
    if (upcoming) upcoming.style.paddingTop = '46px';
  }

  // ?: the kit's list of keys, in the deck's language, over the slide; Esc or Close shuts it.
  var keys = /** @type {HTMLDialogElement} */ (document.querySelector('.deck-keys'));
  function toggleKeys() {
    if (keys.open) keys.close();
    else keys.showModal();
  }
  keys.addEventListener('click', function (event) {
    if (/** @type {HTMLElement} */ (event.target).closest('[data-action="close-keys"]')) keys.close();
  });

  // The speaker-view plugin is large; it loads only when a trainer asks for it (a deck that opens
  // alone has it inlined already).
  function speakerView() {
    if (!Reveal.hasPlugin('notes') && window.RevealNotes) Reveal.registerPlugin(window.RevealNotes());
    if (Reveal.hasPlugin('notes')) return openSpeakerView();
    var script = document.createElement('script');
    script.src = root.getAttribute('data-notes-plugin') || '';
    script.onload = function () {
      if (window.RevealNotes) Reveal.registerPlugin(window.RevealNotes());
      openSpeakerView();
    };
    script.onerror = function () {
      showNotice('blocked');
    };
    document.head.appendChild(script);
  }

  // Only the slide on screen can be reached with Tab or read by a screen reader; in the overview
  // and the scroll view every slide can.
  function updateInert() {
    var everyFocusable = Reveal.isOverview() || Reveal.isScrollView();
    var current = Reveal.getCurrentSlide();
    Reveal.getSlides().forEach(function (slide) {
      slide.inert = !everyFocusable && slide !== current;
    });
  }

  // The language switch leads to the same slide in the other language (slide ids are the
  // entries' file names, the same in every language).
  function updateLanguageLinks() {
    var slide = Reveal.getCurrentSlide();
    var hash = slide && slide.id ? '#/' + slide.id : '';
    document.querySelectorAll('a[data-same-slide]').forEach(function (link) {
      var base = (link.getAttribute('href') || '').split('#')[0];
      link.setAttribute('href', base + hash);
    });
  }

  Reveal.initialize(
    Object.assign(
      /** @type {import('reveal.js').RevealConfig} */ ({
        hash: true,
        controls: true,
        progress: true,
        slideNumber: 'c/t',
        // Arrows at the edges, clear of the slide number (each a target of at least 24 px).
        controlsLayout: 'edges',
        center: false,
        width: size.width,
        height: size.height,
        // Each slide a screen tall: long slides (Russian runs longer) never run into the next.
        scrollLayout: 'full',
        // The phone's own scrolling shows where the reader is; reveal's bar would only add weight.
        scrollProgress: false,
        showNotes: false,
        margin: Number(root.getAttribute('data-margin')),
        transition: reduceMotion ? 'none' : 'fade',
        backgroundTransition: 'none',
        pdfSeparateFragments: false,
        // reveal.js's own ? list is replaced by the kit's; no key moves the deck while it is open.
        help: false,
        keyboardCondition: function () {
          return !keys.open;
        },
        keyboard: {
          83: speakerView,
          84: toggleNotesHere,
          191: toggleKeys,
        },
      }),
      pacing,
    ),
  ).then(function () {
    // reveal.js marks the deck role="application", which takes screen readers out of their
    // reading mode (hakimel/reveal.js#3772); the slides are a document, so it goes.
    root.removeAttribute('role');
    updateInert();
    updateLanguageLinks();
  });
  // On a phone, reveal.js remembers how far the deck was scrolled, and its address, in the tab's
  // session storage (to restore it on reload). The kit keeps nothing after the reader leaves.
  window.addEventListener('pagehide', function () {
    try {
      sessionStorage.removeItem('reveal-scroll-top');
      sessionStorage.removeItem('reveal-scroll-origin');
    } catch (error) {
      // Storage refused (a private window may): then nothing was kept either.
    }
  });
  Reveal.on('slidechanged', updateLanguageLinks);
  ['slidechanged', 'overviewshown', 'overviewhidden', 'resize'].forEach(function (event) {
    Reveal.on(event, updateInert);
  });
})();
