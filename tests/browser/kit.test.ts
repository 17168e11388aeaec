/**
 * The offline kit as people receive it. The zip, unzipped into an empty folder and opened by
 * index.html over file:// with every request that is not `file:` blocked and recorded: every link
 * of every page leads to a file that is there (and to an id that is there), every page loads
 * cleanly, every deck starts and moves. Then each single file, alone in an empty folder: it loads
 * nothing and links nowhere else, and without JavaScript still shows all its text.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { readZip } from '../../scripts/lib/zip.mjs';
import { SHOTS, useBuiltSite } from '../support/built-site';
import { ROOT } from '../support/content';
import { dictionaries, formatMessage, LOCALES } from '../../src/lib/i18n';
import { KIT_BASENAME, KIT_VERSION } from '../../src/lib/kit';

const site = useBuiltSite();
const RELEASE = join(ROOT, 'release');
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

const isDeck = (page: Page) => page.evaluate(() => document.querySelector('main.deck') !== null);

async function checkDeckMoves(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).Reveal?.isReady());
  expect(await page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(0);
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(1);
}

describe('the release', () => {
  it('has the zip, a deck and a reader edition per language, and their checksums', () => {
    const expected = [ZIP, 'SHA256SUMS', ...LOCALES.flatMap((locale) => [`presentation-${locale}.html`, `working-abroad-${locale}.html`])].sort();
    expect(releaseFiles()).toEqual(expected);
    const sums = readFileSync(join(RELEASE, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(expected.length - 1);
    for (const line of sums) {
      const [hash, file] = line.split('  ') as [string, string];
      expect(createHash('sha256').update(readFileSync(join(RELEASE, file))).digest('hex'), file).toBe(hash);
    }
  });

  it('keeps to its budgets: the zip at most 1 MiB, a deck 70 KiB gzip (280 KiB raw), a reader 40 KiB gzip', () => {
    expect(statSync(join(RELEASE, ZIP)).size).toBeLessThanOrEqual(1024 * 1024);
    for (const file of singleFiles()) {
      const bytes = readFileSync(join(RELEASE, file));
      const gzip = gzipSync(bytes, { level: 9 }).length;
      if (file.startsWith('presentation-')) {
        expect(gzip, file).toBeLessThanOrEqual(70 * 1024);
        expect(bytes.length, file).toBeLessThanOrEqual(280 * 1024);
      } else {
        expect(gzip, file).toBeLessThanOrEqual(40 * 1024);
      }
    }
  });
});

describe('the zip, unzipped and opened from disk', () => {
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

  it('every link of every page leads to a file and an id that are there; every page loads cleanly; every deck starts and moves', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kit-unzipped-'));
    for (const entry of readZip(readFileSync(join(RELEASE, ZIP)))) {
      mkdirSync(dirname(join(folder, entry.name)), { recursive: true });
      writeFileSync(join(folder, entry.name), entry.data);
    }
    const top = join(folder, KIT_BASENAME);
    const { context, blocked } = await offlineContext();
    const toVisit = ['index.html'];
    const visited = new Set<string>();
    const missing: string[] = [];
    while (toVisit.length > 0) {
      const path = toVisit.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      const { page, problems } = await open(context, pathToFileURL(join(top, path)).href);
      expect(problems, path).toEqual([]);
      const deck = await isDeck(page);
      if (deck) await checkDeckMoves(page);
      const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!));
      for (const href of hrefs.filter((h) => !/^[a-z][a-z0-9+.-]*:/i.test(h))) {
        // (tel: numbers and quick exit's about:blank are not files.)
        const [target, rawFragment] = href.split('#') as [string, string | undefined];
        const file = target === '' ? path : relative(top, join(top, path, '..', target));
        if (file === `downloads/${ZIP}`) continue; // the kit cannot hold its own zip
        if (!existsSync(join(top, file))) {
          missing.push(`${path} → ${href}`);
          continue;
        }
        const fragment = deck && rawFragment?.startsWith('/') ? rawFragment.slice(1) : rawFragment;
        if (fragment) expect(readFileSync(join(top, file), 'utf8').includes(`id="${fragment}"`), `${path} → ${href}: no element has that id`).toBe(true);
        if (file.endsWith('.html') && !visited.has(file)) toVisit.push(file);
      }
      await page.close();
    }
    await context.close();
    expect(missing).toEqual([]);
    expect(blocked).toEqual([]);
    // Every page of the kit was reached by following links from index.html.
    const allPages = readdirSync(top, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => relative(top, join(entry.parentPath, entry.name)));
    expect([...visited].sort()).toEqual(allPages.sort());
  });
});

describe('each single file, alone in an empty folder', () => {
  for (const locale of LOCALES) {
    for (const kind of ['presentation', 'working-abroad'] as const) {
      const file = `${kind}-${locale}.html`;

      it(`${file} opens alone: nothing loaded, no link to another file${kind === 'presentation' ? ', the deck starts and moves' : ''}`, async () => {
        const folder = mkdtempSync(join(tmpdir(), 'kit-single-'));
        copyFileSync(join(RELEASE, file), join(folder, file));
        const { context, blocked } = await offlineContext();
        const requests: string[] = [];
        context.on('request', (request) => requests.push(request.url()));
        const { page, problems } = await open(context, pathToFileURL(join(folder, file)).href);
        if (kind === 'presentation') await checkDeckMoves(page);
        expect(problems).toEqual([]);
        expect(blocked).toEqual([]);
        expect(requests.filter((url) => !url.endsWith(`/${file}`) && !url.startsWith('data:'))).toEqual([]);
        const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!));
        // Links stay inside the file: #fragments, tel: numbers, and quick exit's about:blank.
        for (const href of hrefs) expect(href, file).toMatch(/^(#|tel:|about:blank$)/);
        await page.screenshot({ path: join(SHOTS, `single-${file}.png`) });
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
        expect(headings.length).toBeGreaterThan(kind === 'presentation' ? 15 : 20);
        for (const heading of headings) expect(heading.visible, heading.text).toBe(true);
        const text = await page.innerText('main');
        for (const heading of headings) expect(text).toContain(heading.text);
        // Every list item of every slide is on screen.
        const hiddenItems = await page.$$eval('main li', (items) => items.filter((item) => item.getBoundingClientRect().height === 0).length);
        expect(hiddenItems).toBe(0);
        await page.screenshot({ path: join(SHOTS, `single-${file}-nojs.png`) });
        await context.close();
      });
    }
  }
});
