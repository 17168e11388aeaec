/**
 * The built site (dist/, built once by ./build-site.ts) as the browser tests open it: Debian's
 * Chromium, and a static server on 127.0.0.1 for the "hosted" case. Screenshots go to
 * test-results/, to be looked at.
 */
import { afterAll, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveFolder } from './static-server';
import { ROOT } from './content';

export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'test-results');

/** A page of the built site, opened from disk. */
export const fileUrl = (path: string): string => pathToFileURL(join(DIST, path)).href;

export interface BuiltSite {
  readonly browser: Browser;
  /** The http:// origin the site is served from. */
  readonly origin: string;
}

/** Starts Chromium and the server before the file's tests, and stops them after. */
export function useBuiltSite(): BuiltSite {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    server = await serveFolder(DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium has not started');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('The server has not started');
      return server.origin;
    },
  };
}
