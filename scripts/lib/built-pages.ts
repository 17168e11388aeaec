// What each HTML file of a build is, as the build made it: the route that wrote a file decides
// its kind (a deck, the neutral page quick exit goes to, or a page for reading), never the
// file's text. The build writes the kinds to .astro/kit-pages.json (astro.config.mjs), and the
// security policy, the budgets, the benchmark and the tests read them from there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type PageKind = 'page' | 'deck' | 'neutral';

/** Where a build writes its files' kinds, from the project's folder (outside dist/: it does not ship). */
export const PAGE_KINDS_FILE = '.astro/kit-pages.json';

/**
 * The kind of the pages a route writes, by the route's file (`src/pages/…`): the decks are the
 * routes of `present/` and the single-file deck; `notes.astro` is the neutral page (one per
 * language, and one beside the language chooser). Endpoints
 * (`.ts` routes: scripts, the README) write no page.
 */
export function kindOfRoute(entrypoint: string): PageKind | undefined {
  if (!entrypoint.endsWith('.astro')) return undefined;
  if (/^src\/pages\/\[locale\]\/present\//.test(entrypoint) || /^src\/pages\/downloads\/presentation-/.test(entrypoint)) return 'deck';
  if (entrypoint === 'src/pages/notes.astro' || entrypoint === 'src/pages/[locale]/notes.astro') return 'neutral';
  return 'page';
}

/** Every HTML file of the last build (paths from dist/), with its kind. */
export function readPageKinds(root: string): Record<string, PageKind> {
  try {
    return JSON.parse(readFileSync(join(root, PAGE_KINDS_FILE), 'utf8')) as Record<string, PageKind>;
  } catch {
    throw new Error(`${PAGE_KINDS_FILE} is missing: run \`npm run build\` first.`);
  }
}

/**
 * The site's pages for reading and its decks, as paths from dist/, sorted; without the copies
 * of the release under downloads/ (the single files have budgets of their own) and without the
 * neutral page.
 */
export function pagesAndDecks(root: string): { pages: string[]; decks: string[]; neutral: string[] } {
  const kinds = Object.entries(readPageKinds(root))
    .filter(([path]) => !path.startsWith('downloads/'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const of = (kind: PageKind) => kinds.filter(([, k]) => k === kind).map(([path]) => path);
  return { pages: of('page'), decks: of('deck'), neutral: of('neutral') };
}
