/**
 * The size budgets, which are deterministic, so asserted here (`npm run bench` prints them with
 * the times, which are not). Sizes are what a browser loads to show a page or deck, gzip. With
 * them, the rest of the page budget: no JavaScript needed to read an awareness page (as the crawl
 * measured it: the same text with JavaScript off, at phone width).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pagesAndDecks } from '../../scripts/lib/built-pages.ts';
import { pageWeight } from '../../scripts/lib/sizes.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';
import { awarenessPages, crawl, DIST } from '../support/site';

const KiB = 1024;
const { pages, decks } = pagesAndDecks(PROJECT_ROOT);

describe('budgets', () => {
  it('every awareness page: at most 14 KiB gzip in all, and no more than 1.5 KiB of JavaScript (quick exit)', () => {
    for (const path of pages) {
      const weight = pageWeight(DIST, path);
      expect(weight.gzip, path).toBeLessThanOrEqual(14 * KiB);
      expect(weight.jsGzip, path).toBeLessThanOrEqual(1.5 * KiB);
    }
  });

  it('every awareness page shows the same text with JavaScript off: none is needed to read it', () => {
    expect(awarenessPages().length).toBeGreaterThan(20);
    expect(crawl().needJavaScript).toEqual([]);
  });

  it('every deck, as opened: at most 52 KiB gzip, the session deck 64 KiB (the speaker-view plugin loads only on S)', () => {
    for (const path of decks) expect(pageWeight(DIST, path).gzip, path).toBeLessThanOrEqual((path.endsWith('/session.html') ? 64 : 52) * KiB);
  });

  it('node_modules: at most 300 MB', () => {
    let bytes = 0;
    for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'), { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
    }
    expect(bytes).toBeLessThanOrEqual(300 * 1024 * 1024);
  });
});
