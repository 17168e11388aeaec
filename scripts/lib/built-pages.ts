// The built site's HTML files as the budgets and the checks sort them: awareness pages and decks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a built HTML file (`path` from dist/) is a deck (of the site, or a single-file one): told by its markup. */
export function isDeck(dist: string, path: string): boolean {
  return readFileSync(join(dist, path), 'utf8').includes('<main class="deck"');
}

/**
 * The site's awareness pages and decks, as paths from dist/, sorted; without the copies of the
 * release under downloads/ (the single files have budgets of their own).
 */
export function pagesAndDecks(dist: string): { pages: string[]; decks: string[] } {
  const html = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.html') && !path.startsWith('downloads/'))
    .sort();
  return { pages: html.filter((path) => !isDeck(dist, path)), decks: html.filter((path) => isDeck(dist, path)) };
}
