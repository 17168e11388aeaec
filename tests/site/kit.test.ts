/**
 * The offline kit as people receive it: the release's files and checksums; the zip, one folder
 * with index.html and a README (the crawl opens every page of it, unzipped, from disk: see
 * pages.test.ts); each single deck, alone in an empty folder: it loads nothing and links nowhere
 * else, and without JavaScript still shows all its text; the reader edition and the one-screen
 * file the same, as the crawl found them (it loaded nothing but the file itself).
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { readZip } from '../../scripts/lib/zip.ts';
import { crawl, RELEASE, useBrowser } from '../support/site';
import { screenshot } from '../support/screenshots';
import { dictionaries, formatMessage, hasTrainerSet, LOCALES, TRAINER_LOCALES } from '../../src/lib/i18n';
import { KIT_BASENAME, KIT_VERSION } from '../../src/lib/kit';
import { PDF_KINDS, routes } from '../../src/lib/routes';
import { kolibriFile, pptxFile, scormFile, ZIM_FILE } from '../../src/lib/package-files';

const site = useBrowser();
const ZIP = `${KIT_BASENAME}-offline.zip`;
const releaseFiles = () => readdirSync(RELEASE).sort();
const singleFiles = () => releaseFiles().filter((file) => file.endsWith('.html'));

/** A browser context that lets only file: (and data:) requests through, and records the rest. */
async function offlineContext(javaScriptEnabled = true): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled });
  const blocked: string[] = [];
  await context.route(/^(?!file:|data:)/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  return { context, blocked };
}

async function open(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

async function checkDeckMoves(page: Page): Promise<void> {
  await page.waitForFunction(() => window.Reveal?.isReady());
  expect(await page.evaluate(() => window.Reveal!.getIndices().h)).toBe(0);
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => window.Reveal!.getIndices().h)).toBe(1);
}

describe('the release', () => {
  it('has the zip, a deck, a reader edition, the one-screen files, the PDFs and the offline libraries’ files per language, and their checksums', () => {
    const expected = [
      ZIP,
      'SHA256SUMS',
      ...LOCALES.flatMap((locale) => [
        `working-abroad-${locale}.html`,
        `short-${locale}.html`,
        `short-${locale}.txt`,
        kolibriFile(locale),
        scormFile(locale),
        // The trainer's files, in the languages of the trainer's set.
        ...(hasTrainerSet(locale)
          ? [
              `presentation-${locale}.html`,
              ...PDF_KINDS.map((kind) => routes.pdf(locale, kind).slice('downloads/'.length)),
              pptxFile(locale, 'full'),
              pptxFile(locale, 'session'),
            ]
          : []),
      ]),
      // The Kiwix file and its own checksum: where zim-tools is installed (CI installs it).
      ...(existsSync(join(RELEASE, ZIM_FILE)) ? [ZIM_FILE, `${ZIM_FILE}.sha256`] : []),
    ].sort();
    expect(releaseFiles()).toEqual(expected);
    const sums = readFileSync(join(RELEASE, 'SHA256SUMS'), 'utf8').trim().split('\n');
    // Every file but SHA256SUMS itself and the ZIM's two (its own checksum file: not reproducible).
    expect(sums).toHaveLength(expected.filter((file) => file !== 'SHA256SUMS' && !file.includes('.zim')).length);
    for (const line of sums) {
      const [hash, file] = line.split('  ') as [string, string];
      expect(
        createHash('sha256')
          .update(readFileSync(join(RELEASE, file)))
          .digest('hex'),
        file,
      ).toBe(hash);
    }
  });

  it('keeps to its budgets: the zip (the site and its PDFs) at most 4 MiB, a deck 80 KiB gzip (320 KiB raw: the slides it adds, #17), a reader 40 KiB gzip, the one-screen file 8 KiB gzip', () => {
    expect(statSync(join(RELEASE, ZIP)).size).toBeLessThanOrEqual(4 * 1024 * 1024);
    for (const file of singleFiles()) {
      const bytes = readFileSync(join(RELEASE, file));
      const gzip = gzipSync(bytes, { level: 9 }).length;
      if (file.startsWith('presentation-')) {
        expect(gzip, file).toBeLessThanOrEqual(80 * 1024);
        expect(bytes.length, file).toBeLessThanOrEqual(320 * 1024);
      } else if (file.startsWith('short-')) {
        expect(gzip, file).toBeLessThanOrEqual(8 * 1024);
      } else {
        expect(gzip, file).toBeLessThanOrEqual(40 * 1024);
      }
    }
  });
});

describe('the zip', () => {
  it('is one folder with index.html and a README.txt in every language at its top', () => {
    const entries = readZip(readFileSync(join(RELEASE, ZIP)));
    expect(new Set(entries.map((entry) => entry.name.split('/')[0]))).toEqual(new Set([KIT_BASENAME]));
    const names = entries.map((entry) => entry.name);
    expect(names).toContain(`${KIT_BASENAME}/index.html`);
    const readme = entries.find((entry) => entry.name === `${KIT_BASENAME}/README.txt`)!.data.toString('utf8');
    for (const locale of LOCALES) {
      expect(readme.replace(/\r\n/g, '\n')).toContain(formatMessage(dictionaries[locale]!.kitReadme, { version: KIT_VERSION }));
    }
    // Every entry has the same timestamp, so two builds of one commit give the same zip.
    expect(new Set(entries.map((entry) => `${entry.modified.date}:${entry.modified.time}`)).size).toBe(1);
    expect(names).toEqual([...names].sort());
  });
});

describe('the reader edition and the one-screen file, as the crawl opened them from the unzipped kit', () => {
  for (const locale of LOCALES) {
    for (const kind of ['working-abroad', 'short'] as const) {
      const path = `downloads/${kind}-${locale}.html`;
      it(`${path} loads nothing but itself, links only within itself, and reads the same without JavaScript`, () => {
        const page = crawl().pages.find((crawled) => crawled.path === path)!;
        expect(page.disk.problems).toEqual([]);
        expect(page.disk.requested.filter((url) => !url.endsWith(`/${path}`) && !url.startsWith('data:'))).toEqual([]);
        // Links stay inside the file: #fragments (to ids that are there), tel: numbers, and quick exit's about:blank.
        const html = readFileSync(join(RELEASE, `${kind}-${locale}.html`), 'utf8');
        for (const href of page.hrefs) expect(href, path).toMatch(/^(#|tel:|about:blank$)/);
        for (const href of page.hrefs.filter((h) => h.startsWith('#') && h !== '#')) expect(html, `${path}: ${href}`).toContain(`id="${href.slice(1)}"`);
        expect(page.outline.length).toBeGreaterThan(kind === 'short' ? 4 : 20);
        expect(crawl().needJavaScript).not.toContain(path);
      });
    }
  }
});

describe('each single deck, alone in an empty folder', () => {
  for (const locale of TRAINER_LOCALES) {
    {
      const file = `presentation-${locale}.html`;

      it(`${file} opens alone: nothing loaded, no link to another file, the deck starts and moves`, async () => {
        const folder = mkdtempSync(join(tmpdir(), 'kit-single-'));
        copyFileSync(join(RELEASE, file), join(folder, file));
        const { context, blocked } = await offlineContext();
        const requests: string[] = [];
        context.on('request', (request) => requests.push(request.url()));
        const { page, problems } = await open(context, pathToFileURL(join(folder, file)).href);
        await checkDeckMoves(page);
        expect(problems).toEqual([]);
        expect(blocked).toEqual([]);
        expect(requests.filter((url) => !url.endsWith(`/${file}`) && !url.startsWith('data:'))).toEqual([]);
        const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!));
        // Links stay inside the file: #fragments (to ids that are there), tel: numbers, and quick exit's about:blank.
        for (const href of hrefs) expect(href, file).toMatch(/^(#|tel:|about:blank$)/);
        const html = readFileSync(join(RELEASE, file), 'utf8');
        for (const href of hrefs.filter((h) => h.startsWith('#') && h !== '#' && !h.startsWith('#/')))
          expect(html, `${file}: ${href}`).toContain(`id="${href.slice(1)}"`);
        await screenshot(page, `single-${file}`);
        await context.close();
      });

      it(`${file} shows all its text without JavaScript`, async () => {
        const folder = mkdtempSync(join(tmpdir(), 'kit-single-'));
        copyFileSync(join(RELEASE, file), join(folder, file));
        const { context } = await offlineContext(false);
        const { page } = await open(context, pathToFileURL(join(folder, file)).href);
        const headings = await page.$$eval('main h1, main h2, main h3', (elements) =>
          elements.map((element) => ({ text: (element as HTMLElement).innerText.trim(), visible: element.getBoundingClientRect().height > 0 })),
        );
        expect(headings.length).toBeGreaterThan(15);
        for (const heading of headings) expect(heading.visible, heading.text).toBe(true);
        const text = await page.innerText('main');
        for (const heading of headings) expect(text).toContain(heading.text);
        // Every list item of every slide is on screen.
        const hiddenItems = await page.$$eval('main li', (items) => items.filter((item) => item.getBoundingClientRect().height === 0).length);
        expect(hiddenItems).toBe(0);
        await screenshot(page, `single-${file}-nojs`);
        await context.close();
      });
    }
  }
});
