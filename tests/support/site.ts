/**
 * The built kit as the site tests see it: dist/ (built once by tests/site/setup.ts), release/,
 * the unzipped offline zip, and what the crawl found (tests/support/crawl.ts). Each test file
 * that drives Chromium connects to the one Chromium the setup started, and uses its static server
 * (`useBrowser`).
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { connectChromium } from '../../scripts/chromium.ts';
import { readPageKinds } from '../../scripts/lib/built-pages.ts';
import { routes } from '../../src/lib/routes';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';
import type { Crawl } from './crawl';

declare module 'vitest' {
  export interface ProvidedContext {
    crawl: Crawl;
    /** The unzipped offline zip's top folder (with index.html). */
    unzipped: string;
    /** The Chromium the global setup started, for every test file to connect to. */
    chromiumEndpoint: string;
    /** The http:// origin the global setup serves dist/ from. */
    origin: string;
  }
}

export const DIST = join(PROJECT_ROOT, 'dist');
export const RELEASE = join(PROJECT_ROOT, 'release');

/** Every HTML file under a folder, as paths from it with `/`, sorted. */
export function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every page and deck of dist/, as paths from it. */
export const builtPages = (): string[] => htmlFiles(DIST);
/** What the build made each file: a deck, a page to read, or the neutral page (.astro/kit-pages.json). */
const kinds = () => readPageKinds(PROJECT_ROOT);
export const isDeck = (path: string): boolean => kinds()[path] === 'deck';
/** The neutral pages quick exit goes to from disk: one per language and one at the root. */
export const isNeutral = (path: string): boolean => kinds()[path] === 'neutral';
/** The neutral page quick exit goes to: deliberately bare, it is not an awareness page. */
export const NEUTRAL_PAGE = routes.neutral();
/** The awareness pages of the site: its pages to read (not the decks, not the neutral page), without the single files. */
export const awarenessPages = (): string[] => builtPages().filter((path) => kinds()[path] === 'page' && !path.startsWith('downloads/'));

/** A page of the built site, opened from disk. */
export const fileUrl = (path: string): string => pathToFileURL(join(DIST, path)).href;

/** What the crawl found, and where the offline zip was unzipped. */
export const crawl = (): Crawl => inject('crawl');
export const unzipped = (): string => inject('unzipped');

export interface SiteBrowser {
  readonly browser: Browser;
  /** The http:// origin dist/ is served from. */
  readonly origin: string;
}

/** Starts Chromium and a static server of dist/ before the file's tests, and stops them after. */
export function useBrowser(): SiteBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectChromium(inject('chromiumEndpoint'));
  });
  afterAll(async () => {
    // A connected browser closes only the connection, and the contexts this file opened.
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium has not started');
      return browser;
    },
    get origin() {
      return inject('origin');
    },
  };
}
