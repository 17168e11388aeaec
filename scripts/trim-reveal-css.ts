/**
 * Writes src/styles/reveal-core.css: the parts of reveal.js's own dist/reveal.css that the decks
 * use (the stock file is 11 KiB gzip, most of it for features the decks do not use).
 * Run it again after updating reveal.js: `node scripts/trim-reveal-css.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const css = readFileSync(new URL('../node_modules/reveal.js/dist/reveal.css', import.meta.url), 'utf8');

/** The top-level rules of a style sheet (or of an at-rule's body), each with its braces. */
function topLevel(text: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) {
        rules.push(text.slice(start, i + 1).trim());
        start = i + 1;
      }
    }
  }
  return rules.filter(Boolean);
}

/** A selector list split at its top-level commas (not those inside `:is(…)` or `[…]`). */
function splitSelectors(selectors: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selectors.length; i += 1) {
    const c = selectors[i];
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      out.push(selectors.slice(start, i));
      start = i + 1;
    }
  }
  out.push(selectors.slice(start));
  return out;
}

// What the decks do not use: other transitions, backgrounds, media, code, layout helpers.
const DENY = new RegExp(
  [
    'overlay-spinner',
    'data-background-transition',
    'cube',
    '\\.page(?![-\\w])',
    '\\.rtl',
    'parallax',
    '\\.roll',
    'playback',
    'hljs',
    'r-stack',
    'r-vstack',
    'r-hstack',
    'r-fit-text',
    'stretch',
    'auto-animate',
    'data-preview',
    'zoomed',
    'data-transition=(?:slide|convex|concave|zoom|cube|page)',
    'transition=(?:slide|convex|concave|zoom|cube|page)',
    '\\.(?:convex|concave|zoom|slide)(?![-\\w])',
    'data-transition-speed',
    'data-background-video',
    'slide-background-content',
    'r-frame',
    'fade-(?:up|down|left|right|in-then|out)',
    'semi-fade',
    'shrink',
    'grow',
    'strike',
    'highlight-',
    'current-visible',
    'items-',
    'justify-',
    'has-light-background',
    'has-dark-background',
    'code-wrapper',
    '\\bpre\\b',
    '\\bcode\\b',
    'lightbox',
    'iframe',
    'video',
    'img',
    'no-hover',
    'data-navigation-mode',
    // reveal's overlay is used only for its keyboard help, which the kit draws itself (DeckLayout.astro).
    'r-overlay',
    // The decks have no vertical slides, and their controls sit at the edges.
    'section>section',
    // Only the fade and none transitions (deck.js), and no scroll-view progress bar (scrollProgress: false).
    'transition[=~]+(?:default|linear)',
    '\\.(?:default|linear)(?![-\\w])',
    'scrollbar',
    'section > section',
    'controls-layout=bottom-right',
    // reveal.js's print rules for a deck not opened with ?print-pdf make it a plain document
    // (20 pt, many near-empty pages); the kit's src/styles/deck-print.css prints the slides instead.
    'html:not\\(\\.print-pdf\\)',
    // Nor does the kit use reveal.js's own print view (`?print-pdf`): Ctrl+P and the kit's PDFs
    // print through deck-print.css, in the running deck.
    'reveal-print',
    'print-pdf',
    'pdf-page',
  ].join('|'),
);

function keep(rule: string): string | null {
  const brace = rule.indexOf('{');
  const head = rule.slice(0, brace).trim();
  const body = rule.slice(brace + 1, -1);
  if (head.startsWith('@keyframes')) return /bounce/.test(head) ? rule : null;
  if (head.startsWith('@')) {
    const inner = topLevel(body).map(keep).filter(Boolean);
    return inner.length ? `${head}{${inner.join('')}}` : null;
  }
  const kept = splitSelectors(head).filter((selector) => !DENY.test(selector));
  return kept.length ? `${kept.join(',')}{${body}}` : null;
}

const { version } = JSON.parse(readFileSync(new URL('../node_modules/reveal.js/package.json', import.meta.url), 'utf8')) as { version: string };
const header = `/*! Trimmed from reveal.js ${version} dist/reveal.css by scripts/trim-reveal-css.ts (MIT licence,
 * Copyright (C) 2011-2026 Hakim El Hattab, https://hakim.se). Kept: layout (no vertical slides), the fade and none
 * transitions, plain fragments, controls, progress, slide number, overview, pause overlay,
 * jump-to-slide, notes in the deck window, scroll view. Dropped: other transitions,
 * backgrounds, overlays, code, media, layout helpers the decks do not use, and reveal.js's print rules
 * (the kit's deck-print.css prints a deck). */
`;
const out = header + topLevel(css).map(keep).filter(Boolean).join('\n') + '\n';
writeFileSync(new URL('../src/styles/reveal-core.css', import.meta.url), out);
console.log(`reveal-core.css: ${out.length} bytes (from ${css.length})`);
