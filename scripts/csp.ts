// Part of `npm run build`: a Content-Security-Policy <meta> in every page and deck of dist/. It
// allows nothing from another host, and only the kit's own code: each inline script the kit
// wrote (its scripts in src/scripts/, reveal.js and its speaker-view plugin) by its SHA-256 hash,
// and the one style sheet Astro builds from the kit's components (it puts it in the <head>;
// content renders into the <body>). Anything else inline, which content might have added if it
// got past the content check, is not in the policy, so the browser refuses it; and the build
// stops, because it should never be there. On file://, Chromium matches the kit's own files
// against 'self'.
//
// Pages for reading: `default-src 'none'`, scripts and styles only by hash.
// Decks allow what reveal.js and its speaker view need, and no more:
// - `script-src 'self'`: reveal.js and the speaker-view plugin load from vendor/ beside the deck;
//   plus the hash of the speaker view's own script (the plugin writes the speaker view into a
//   pop-up, which takes the deck's policy);
// - `style-src`: the kit's style sheet, the speaker view's style sheet, and the two style sheets
//   reveal.js's print view (`?print-pdf`) writes for each of the deck's sizes
//   (src/lib/deck-sizes.ts);
// - `style-src-attr 'unsafe-hashes'` with the hash of `display: none`: the speaker view's markup
//   hides two of its parts with a `style` attribute;
// - `frame-src 'self'`: the speaker view shows the current and the next slide in frames of the
//   deck itself.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast, type HastNode } from 'satteri';
import type { PageKind } from './lib/built-pages.ts';

export const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The kit's own inline code, as hashes: what a page may run, and what a deck's speaker view and print view add. */
export interface KitCode {
  scripts: ReadonlySet<string>;
  speakerView: { scripts: string[]; styles: string[]; styleAttributes: string[] };
  printViewStyles: string[];
}

const COMMON = ["default-src 'none'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'"];
export const CHARSET = '<meta charset="utf-8">';

const textOf = (node: HastNode): string => (node.type === 'text' ? node.value : 'children' in node ? (node.children as HastNode[]).map(textOf).join('') : '');

/** The inline scripts and styles of a page, and where each stands. */
function inlineCode(html: string): { scripts: string[]; headStyles: string[]; otherStyles: string[]; styleAttributes: number } {
  const found = { scripts: [] as string[], headStyles: [] as string[], otherStyles: [] as string[], styleAttributes: 0 };
  const visit = (node: HastNode, inHead: boolean): void => {
    if (node.type === 'element') {
      if (node.tagName === 'script' && node.properties?.src === undefined) found.scripts.push(textOf(node));
      if (node.tagName === 'style') (inHead ? found.headStyles : found.otherStyles).push(textOf(node));
      if (node.properties?.style !== undefined) found.styleAttributes += 1;
    }
    const head = inHead || (node.type === 'element' && node.tagName === 'head');
    for (const child of 'children' in node ? (node.children as HastNode[]) : []) visit(child, head);
  };
  visit(htmlToHast(html), false);
  return found;
}

/**
 * The policy for one built file of a kind, or the reasons it cannot have one: inline code the
 * kit did not write.
 */
export function policyFor(kind: PageKind, html: string, kit: KitCode): { policy: string; unknown: string[] } {
  const code = inlineCode(html);
  const unknown = [
    ...code.scripts
      .filter((script) => !kit.scripts.has(hash(script)))
      .map((script) => `an inline script the kit did not write: ${JSON.stringify(script.slice(0, 60))}`),
    ...code.otherStyles.map((style) => `a style outside the head: ${JSON.stringify(style.slice(0, 60))}`),
    ...(code.styleAttributes > 0 ? [`${code.styleAttributes} style attribute(s)`] : []),
  ];
  const list = (sources: string[]): string => (sources.length ? [...new Set(sources)].join(' ') : "'none'");
  // Only the kit's own scripts are listed: anything else is refused by the browser (and stops the build).
  const scripts = code.scripts.map(hash).filter((digest) => kit.scripts.has(digest));
  const styles = code.headStyles.map(hash);
  if (kind !== 'deck') return { policy: [...COMMON, `script-src ${list(scripts)}`, `style-src ${list(styles)}`].join('; '), unknown };
  const policy = [
    ...COMMON,
    `script-src 'self' ${list([...scripts, ...kit.speakerView.scripts.map(hash)])}`,
    `style-src ${list([...styles, ...kit.speakerView.styles.map(hash), ...kit.printViewStyles.map(hash)])}`,
    `style-src-attr 'unsafe-hashes' ${list(kit.speakerView.styleAttributes.map(hash))}`,
    "frame-src 'self'",
  ];
  return { policy: policy.join('; '), unknown };
}

/**
 * Writes the policy into every page of `dist` (a folder path) that `kinds` names; returns how
 * many it wrote. A page with inline code the kit did not write stops the build, naming it.
 */
export function applyContentSecurityPolicy(dist: string, kinds: Record<string, PageKind>, kit: KitCode): number {
  const html = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'));
  const problems: string[] = [];
  for (const page of html) {
    const kind = kinds[page.split('\\').join('/')];
    if (!kind) {
      problems.push(`${page}: no route of the kit wrote it`);
      continue;
    }
    const file = join(dist, page);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(CHARSET)) throw new Error(`${page}: no ${CHARSET} to put the policy after`);
    const { policy, unknown } = policyFor(kind, text, kit);
    problems.push(...unknown.map((reason) => `${page}: ${reason}`));
    writeFileSync(file, text.replace(CHARSET, `${CHARSET}<meta http-equiv="Content-Security-Policy" content="${policy}">`));
  }
  if (problems.length > 0)
    throw new Error(`The built pages hold code the kit did not write, which their security policy would refuse:\n${problems.join('\n')}`);
  return html.length;
}
