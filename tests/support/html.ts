/**
 * What a built page says, read from its HTML without a browser: for checks of what a page holds
 * (its words, its dates, its ids), which need no layout. What a page does (ticking, leaving,
 * Back) is tried in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site';

/** A built file's HTML. */
export const builtHtml = (path: string): string => readFileSync(join(DIST, path), 'utf8');

/**
 * Astro writes text as UTF-8 and escapes only `&`, `<`, `>` and quotes (named, or as numbers), so
 * these are all a page's text can hold; no library needed.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name] ?? entity;
  });

/** The `<main>` of a page's HTML. */
export const mainOf = (html: string): string => /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';

/**
 * The words of a piece of HTML, hidden ones included (a job-offer answer shown once ticked), as
 * one line: no tags, styles or scripts; entities decoded; non-breaking spaces and hyphens (which
 * keep a phone number on one line) read as plain ones.
 */
export function wordsOf(html: string): string {
  const text = html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  return decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(/ +/g, ' ');
}

/** The `datetime` of every `<time>` in a piece of HTML. */
export const datetimesOf = (html: string): Set<string> => new Set([...html.matchAll(/<time datetime="([^"]+)"/g)].map((match) => match[1]!));

/** The ids of the elements that have a class, in document order (`<section class="part" id="…">`). */
export const idsWithClass = (html: string, tag: string, className: string): string[] =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))]
    .map((match) => match[0])
    .filter((open) => new RegExp(`\\bclass="(?:[^"]* )?${className}(?: [^"]*)?"`).test(open))
    .map((open) => /\bid="([^"]+)"/.exec(open)?.[1] ?? '');

/** The HTML from the start tag with this id to the start of the next element with the same class, or the end. */
export function partOf(html: string, id: string, until: RegExp): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const rest = html.slice(start + id.length + 5);
  const next = rest.search(until);
  return next < 0 ? rest : rest.slice(0, next);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * A page's HTML without what is not in its own language: elements marked with another `lang`
 * (the seed's English name, an English original in a disclosure, the language switch) and
 * `<code>` (file names). What is left is what a reader of that language reads as their text.
 */
export function inOwnLanguage(html: string, lang: string): string {
  const own = html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ').replace(/^[\s\S]*?<body\b/, '<body');
  let out = '';
  let from = 0;
  let skipping: { name: string; depth: number } | undefined;
  for (const match of own.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g)) {
    const [tag, closing, rawName] = match as unknown as [string, string, string];
    const name = rawName.toLowerCase();
    if (skipping) {
      if (name === skipping.name && !VOID.has(name)) skipping.depth += closing ? -1 : tag.endsWith('/>') ? 0 : 1;
      if (skipping.depth === 0) {
        skipping = undefined;
        from = match.index + tag.length;
      }
      continue;
    }
    const langOf = /\blang="([^"]*)"/.exec(tag)?.[1];
    if (!closing && !VOID.has(name) && (name === 'code' || (langOf !== undefined && langOf !== lang))) {
      out += own.slice(from, match.index);
      skipping = { name, depth: 1 };
    }
  }
  return skipping ? out : out + own.slice(from);
}
