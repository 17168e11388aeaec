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
  // `?print-pdf&handout`: each slide printed on a taller page with its speaker notes under it.
  var handout = /[?&]handout(?:[&=]|$)/.test(window.location.search);
  if (handout) document.documentElement.classList.add('deck-handout');
  // On a phone, reveal.js shows the slides as a scrolling page (below its 435 px threshold); a
  // smaller 16:9 slide there keeps the text large enough to read. The sizes are the kit's
  // (src/lib/deck-sizes.ts), handed over by the layout.
  var phone = window.matchMedia('(max-width: 435px)').matches;
  /** @type {Record<'screen' | 'handout' | 'phone', { width: number, height: number }>} */
  var sizes = JSON.parse(root.getAttribute('data-sizes') || '{}');
  var size = phone ? sizes.phone : handout ? sizes.handout : sizes.screen;

  /** @param {boolean} show */
  function showNotesHere(show) {
    Reveal.configure({ showNotes: show });
    Reveal.layout();
  }

  // The speaker view opens in a pop-up window. Where the browser blocks it, the notes show beside
  // the slide in this window instead, so the trainer can still read them.
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
    if (!opened) showNotesHere(true);
  }

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
      showNotesHere(true);
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

  Reveal.initialize({
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
    showNotes: handout,
    margin: Number(root.getAttribute('data-margin')),
    transition: reduceMotion ? 'none' : 'fade',
    backgroundTransition: 'none',
    pdfSeparateFragments: false,
    keyboard: {
      83: speakerView,
      84: function () {
        showNotesHere(!Reveal.getConfig().showNotes);
      },
    },
  }).then(function () {
    // reveal.js marks the deck role="application", which takes screen readers out of their
    // reading mode (hakimel/reveal.js#3772); the slides are a document, so it goes.
    root.removeAttribute('role');
    Reveal.registerKeyboardShortcut('S', root.getAttribute('data-label-speaker-view') || 'S');
    Reveal.registerKeyboardShortcut('T', root.getAttribute('data-label-notes-here') || 'T');
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
