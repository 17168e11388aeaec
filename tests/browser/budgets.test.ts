/**
 * The size budgets, which are deterministic, so asserted here (`npm run bench` prints them with
 * the times, which are not). Sizes are what a browser loads to show a page or deck, gzip. With
 * them, the rest of the page budget: no JavaScript needed to read an awareness page.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pagesAndDecks } from '../../scripts/lib/built-pages.mjs';
import { pagesNeedingJavaScript } from '../../scripts/lib/no-script.mjs';
import { pageWeight } from '../../scripts/lib/sizes.mjs';
import { DIST, fileUrl, useBuiltSite } from '../support/built-site';
import { ROOT } from '../support/content';

const KiB = 1024;
const { pages: awarenessPages, decks } = pagesAndDecks(DIST);
const site = useBuiltSite();

describe('budgets', () => {
  it('every awareness page: at most 14 KiB gzip in all, and no more than 1.5 KiB of JavaScript (quick exit)', () => {
    for (const path of awarenessPages) {
      const weight = pageWeight(DIST, path);
      expect(weight.gzip, path).toBeLessThanOrEqual(14 * KiB);
      expect(weight.jsGzip, path).toBeLessThanOrEqual(1.5 * KiB);
    }
  });

  it('every awareness page shows the same text with JavaScript off: none is needed to read it', async () => {
    expect(awarenessPages.length).toBeGreaterThan(20);
    expect(await pagesNeedingJavaScript(site.browser, awarenessPages.map(fileUrl))).toEqual([]);
  });

  it('every deck, as opened: at most 48 KiB gzip (the speaker-view plugin loads only on S)', () => {
    for (const path of decks) {
      expect(pageWeight(DIST, path).gzip, path).toBeLessThanOrEqual(48 * KiB);
    }
  });

  it('node_modules: at most 300 MB', () => {
    let bytes = 0;
    for (const entry of readdirSync(join(ROOT, 'node_modules'), { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
    }
    expect(bytes).toBeLessThanOrEqual(300 * 1024 * 1024);
  });
});
