// Part of `npm run build`: a Content-Security-Policy <meta> in every page and deck of dist/,
// allowing nothing from another host, and working from file:// (where Chromium matches the
// kit's own relative files against 'self').
// - Awareness pages: no 'unsafe-inline'. Each inline <script> and <style> the page has is allowed
//   by its SHA-256 hash (Astro inlines the styles; the quick-exit script is inline too).
// - Decks: reveal.js's speaker-view window inherits the policy and writes its own scripts and
//   styles, and `?print-pdf` injects a <style>, so decks allow inline script and style, and
//   frames of the deck itself (the speaker view shows the current and next slide in frames).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COMMON = ["default-src 'none'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'"];
const DECK = [...COMMON, "script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'", "frame-src 'self'"];
const CHARSET = '<meta charset="utf-8">';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for one page's HTML. */
export function policyFor(html: string): string {
  if (html.includes('<main class="deck"')) return DECK.join('; ');
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
  const list = (sources: string[]): string => (sources.length ? [...new Set(sources)].join(' ') : "'none'");
  return [...COMMON, `script-src ${list(scripts)}`, `style-src ${list(styles)}`].join('; ');
}

/** Writes the policy into every page of `dist` (a folder path); returns how many pages it read. */
export function applyContentSecurityPolicy(dist: string): number {
  const pages = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html'));
  for (const page of pages) {
    const file = join(dist, String(page));
    const html = readFileSync(file, 'utf8');
    if (!html.includes(CHARSET)) throw new Error(`${page}: no ${CHARSET} to put the policy after`);
    if (html.includes('http-equiv="Content-Security-Policy"')) continue;
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
    writeFileSync(file, html.replace(CHARSET, `${CHARSET}${meta}`));
  }
  return pages.length;
}
