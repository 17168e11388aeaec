/**
 * Writes src/styles/reveal-core.css: the parts of reveal.js's own dist/reveal.css that the decks
 * use (the stock file is 11 KiB gzip; the deck's budget is 48 KiB gzip for everything).
 * Run it again after updating reveal.js: `node scripts/trim-reveal-css.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
const css = readFileSync(new URL('../node_modules/reveal.js/dist/reveal.css', import.meta.url), 'utf8');
function topLevel(text) {
  const rules = []; let depth = 0, start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') { depth--; if (depth === 0) { rules.push(text.slice(start, i + 1).trim()); start = i + 1; } }
  }
  return rules.filter(Boolean);
}
function splitSelectors(sel) { const out=[]; let d=0,s=0; for (let i=0;i<sel.length;i++){const c=sel[i]; if(c==='('||c==='[')d++; else if(c===')'||c===']')d--; else if(c===','&&d===0){out.push(sel.slice(s,i));s=i+1;}} out.push(sel.slice(s)); return out; }
const DENY = new RegExp([
  'r-overlay', 'overlay-spinner', 'data-background-transition', 'cube', '\\.page(?![-\\w])', '\\.rtl', 'parallax', '\\.roll', 'playback', 'hljs',
  'r-stack', 'r-vstack', 'r-hstack', 'r-fit-text', 'stretch', 'auto-animate', 'data-preview', 'zoomed',
  'data-transition=(?:slide|convex|concave|zoom|cube|page)', 'transition=(?:slide|convex|concave|zoom|cube|page)',
  '\\.(?:convex|concave|zoom|slide)(?![-\\w])', 'data-transition-speed', 'data-background-video', 'slide-background-content', 'r-frame',
  'fade-(?:up|down|left|right|in-then|out)', 'semi-fade', 'shrink', 'grow', 'strike', 'highlight-', 'current-visible',
  'items-', 'justify-', 'has-light-background', 'has-dark-background', 'code-wrapper', '\\bpre\\b', '\\bcode\\b', 'lightbox', 'iframe', 'video', 'img', 'no-hover', 'data-navigation-mode',
].join('|'));
function filter(rule) {
  const brace = rule.indexOf('{');
  const head = rule.slice(0, brace).trim();
  const body = rule.slice(brace + 1, -1);
  if (head.startsWith('@keyframes')) return /bounce/.test(head) ? rule : null;
  if (head.startsWith('@')) {
    const inner = topLevel(body).map(filter).filter(Boolean);
    return inner.length ? `${head}{${inner.join('')}}` : null;
  }
  const keep = splitSelectors(head).filter((s) => !DENY.test(s));
  return keep.length ? `${keep.join(',')}{${body}}` : null;
}
const version = JSON.parse(readFileSync(new URL('../node_modules/reveal.js/package.json', import.meta.url), 'utf8')).version;
const header = `/*! Trimmed from reveal.js ${version} dist/reveal.css by scripts/trim-reveal-css.mjs (MIT licence,
 * Copyright (C) 2011-2026 Hakim El Hattab, https://hakim.se). Kept: layout, the fade and none
 * transitions, plain fragments, controls, progress, slide number, overview, pause overlay,
 * jump-to-slide, notes in the deck window, scroll view, print. Dropped: other transitions,
 * backgrounds, overlays, code, media, and layout helpers the decks do not use. */
`;
const out = header + topLevel(css).map(filter).filter(Boolean).join('\n') + '\n';
writeFileSync(new URL('../src/styles/reveal-core.css', import.meta.url), out);
console.log(`reveal-core.css: ${out.length} bytes (from ${css.length})`);
