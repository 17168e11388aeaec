/**
 * Safety and privacy for readers at risk, tried as a reader would: quick exit on every page for
 * reading (button and Shift three times), and after it Back never shows a page of the kit (with
 * JavaScript; without it, Back shows what "Browse safely" says); the exit's destination by scheme
 * and language; a no-referrer policy that hides the page from the next site; a
 * Content-Security-Policy that allows nothing from another host; nothing stored about the reader.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { builtPages, crawl, DIST, fileUrl, isDeck, isNeutral, RELEASE, useBrowser } from '../support/site';
import { screenshot } from '../support/screenshots';
import { wordsOf } from '../support/html';
import { readYaml, CONTENT } from '../support/content';
import { dictionaries, LOCALES } from '../../src/lib/i18n';

const site = useBrowser();
const pages = builtPages();
const html = (path: string) => readFileSync(join(DIST, path), 'utf8');
const filesUnder = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' });
const decks = pages.filter(isDeck);
const neutral = pages.filter(isNeutral);
/** Every page for reading: the site's and the single files', not the decks or the neutral pages. */
const reading = pages.filter((path) => !decks.includes(path) && !neutral.includes(path));
const { quickExit } = readYaml(join(CONTENT, 'settings', 'kit.yaml')) as { quickExit: Record<string, string> };

/** Where the reader was before the kit: a page of another site, answered here (nothing leaves this machine). */
const BEFORE = 'https://before.example/';

interface Reader {
  context: BrowserContext;
  page: Page;
  /** The Referer header of each request to the neutral public sites. */
  referers: (string | undefined)[];
  /** Whether the page shows one of the kit's pages (its own file or the kit's host). */
  onKit: () => boolean;
}

async function reader({ javaScriptEnabled = true, locale = 'en' } = {}): Promise<Reader> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled, locale });
  const referers: (string | undefined)[] = [];
  await context.route(`${BEFORE}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Before</title><p>Before</p>' }));
  for (const web of Object.values(quickExit)) {
    await context.route(`${web}**`, (route) => {
      referers.push(route.request().headers()['referer']);
      return route.fulfill({ contentType: 'text/html', body: '<title>Encyclopedia</title><p>Encyclopedia</p>' });
    });
  }
  const page = await context.newPage();
  await page.goto(BEFORE);
  const onKit = () => page.url().startsWith('file:') || page.url().startsWith(site.origin);
  return { context, page, referers, onKit };
}

/** Presses Back until the tab can go back no further, and returns every address it showed. */
async function backAllTheWay(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const response = await page.goBack({ waitUntil: 'load' }).catch(() => null);
    if (!response && shown.at(-1) === page.url()) break;
    shown.push(page.url());
    if (page.url() === BEFORE) break;
  }
  return shown;
}

/** The reader opens the kit, follows two of its links, and leaves. */
async function readTwoPagesThenLeave(r: Reader, start: string, how: 'button' | 'shift'): Promise<void> {
  await r.page.goto(start);
  await r.page.locator('main a[href="basics.html"]').first().click();
  await r.page.waitForURL(/basics\.html$/);
  await r.page.locator('.next-steps a[href^="what-to-do.html"]').first().click();
  await r.page.waitForURL(/what-to-do\.html/);
  if (how === 'button') await r.page.locator('a[data-quick-exit]').click();
  else for (let i = 0; i < 3; i += 1) await r.page.keyboard.press('Shift');
  await r.page.waitForURL((url) => !/what-to-do\.html/.test(url.href));
}

describe('quick exit', () => {
  it("is on every page for reading and every single file, with its hint in the page's language, and on no deck", () => {
    for (const path of reading) {
      expect(html(path), path).toContain('data-quick-exit');
      // The folder of a page's language is its tag in lower case (uz-Cyrl, uz-cyrl/).
      const locale = /<html lang="([^"]+)"/.exec(html(path))![1]!.toLowerCase();
      expect(html(path), path).toContain(dictionaries[locale]!['quickExit.hint']);
    }
    for (const path of decks) expect(html(path), path).not.toContain('data-quick-exit');
  });

  it("from disk, the button leaves for the kit's neutral page in the reader's language; Back never shows a page of the kit", async () => {
    const r = await reader({ locale: 'ru' });
    await readTwoPagesThenLeave(r, fileUrl('ru/index.html'), 'button');
    expect(r.page.url()).toMatch(/\/ru\/notes\.html$/);
    expect(await r.page.getAttribute('html', 'lang')).toBe('ru');
    expect(await r.page.title()).toBe(dictionaries.ru!['neutral.title']);
    await screenshot(r.page, 'quick-exit-neutral-ru-360');
    const shown = await backAllTheWay(r.page);
    expect(shown).toEqual([BEFORE]);
    await r.context.close();
  });

  it("over http, the button leaves for the neutral site of the reader's language, which is not told the page; Back never shows the kit", async () => {
    const r = await reader({ locale: 'ru' });
    await readTwoPagesThenLeave(r, `${site.origin}/ru/index.html`, 'button');
    expect(r.page.url()).toBe(quickExit.ru);
    // "Browse safely": on the kit's website, Wikipedia in your language.
    expect(new URL(quickExit.ru!).hostname).toBe('ru.m.wikipedia.org');
    expect(r.referers).toEqual([undefined]);
    expect(await backAllTheWay(r.page)).toEqual([BEFORE]);
    await r.context.close();
  });

  it('Shift three times leaves too (a keyboard); a pause of over 5 seconds or another key starts the count again', async () => {
    const r = await reader();
    await readTwoPagesThenLeave(r, fileUrl('en/index.html'), 'shift');
    expect(r.page.url()).toMatch(/\/en\/notes\.html$/);
    expect(await backAllTheWay(r.page)).toEqual([BEFORE]);

    await r.page.goto(fileUrl('en/work.html'));
    await r.page.clock.install();
    await r.page.keyboard.press('Shift');
    await r.page.keyboard.press('Shift');
    await r.page.keyboard.press('a');
    await r.page.keyboard.press('Shift');
    await r.page.clock.fastForward(6000);
    await r.page.keyboard.press('Shift');
    await r.page.keyboard.press('Shift');
    expect(r.page.url()).toMatch(/work\.html$/);
    await r.page.keyboard.press('Shift');
    await r.page.waitForURL(/notes\.html$/);
    await r.context.close();
  });

  it('the language chooser leaves for the neutral site of the browser’s language', async () => {
    const r = await reader({ locale: 'ru-RU' });
    await r.page.goto(`${site.origin}/index.html`);
    await r.page.locator('a[data-quick-exit]').click();
    await r.page.waitForURL(`${quickExit.ru}**`);
    await r.context.close();
  });

  for (const file of ['downloads/working-abroad-ru.html', 'downloads/short-en.html']) {
    it(`${file}: moving within the file adds nothing to Back; quick exit leaves for a blank page and Back never shows the file`, async () => {
      const r = await reader();
      await r.page.goto(fileUrl(file));
      const entries = await r.page.evaluate(() => history.length);
      // The skip link, by the keyboard; then Get help, or the first entries of the contents.
      await r.page.keyboard.press('Tab');
      await r.page.keyboard.press('Enter');
      // The file's own script replaces the address; that lands a moment after the key.
      await expect.poll(() => r.page.url()).toMatch(/#main$/);
      const links = r.page.locator(file.includes('short') ? '.safety-bar a.help-link' : 'nav[aria-labelledby="contents"] a');
      for (let i = 0; i < Math.min(3, await links.count()); i += 1) {
        await links.nth(i).click();
        expect(r.page.url()).toContain('#');
      }
      expect(await r.page.evaluate(() => history.length)).toBe(entries);
      await r.page.locator('a[data-quick-exit]').click();
      await r.page.waitForURL('about:blank');
      expect(await backAllTheWay(r.page)).toEqual([BEFORE]);
      await r.context.close();
    });
  }

  it('without JavaScript is a plain link to the neutral page, and Back shows the last page of the kit read, as "Browse safely" says', async () => {
    const r = await reader({ javaScriptEnabled: false });
    await readTwoPagesThenLeave(r, fileUrl('en/index.html'), 'button');
    expect(r.page.url()).toMatch(/\/en\/notes\.html$/);
    await r.page.goBack();
    expect(r.page.url()).toMatch(/what-to-do\.html/);
    await r.context.close();
    // Which is what the page tells the reader, in every language.
    expect(html('en/privacy.html')).toContain('Back shows the last page of the kit you read');
    expect(html('ru/privacy.html')).toContain('кнопка «Назад» покажет последнюю страницу пособия');
    // And that, whatever Back shows, the browser's history keeps every page opened: replacing an
    // entry keeps Back clear, not the list of visited pages.
    expect(wordsOf(html('en/privacy.html'))).toContain('keeps every page of this kit you opened, each on its own line');
    expect(wordsOf(html('ru/privacy.html'))).toContain('хранит каждую открытую страницу пособия, каждую отдельной строкой');
  });

  it('a Get help link, then quick exit, come before the main content on every page for reading, on the first screen at 320 px', async () => {
    for (const path of reading) {
      const page = html(path);
      const help = page.indexOf('class="help-link"');
      expect(help, path).toBeGreaterThan(0);
      expect(help, path).toBeLessThan(page.indexOf('data-quick-exit'));
      expect(page.indexOf('data-quick-exit'), path).toBeLessThan(page.indexOf('<main'));
    }
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ['index.html', 'ru/basics.html', 'downloads/working-abroad-ru.html']) {
      await page.goto(fileUrl(path));
      for (const selector of ['a.help-link', 'a[data-quick-exit]']) {
        const box = (await page.locator(selector).first().boundingBox())!;
        expect(box.y + box.height, `${path} ${selector}`).toBeLessThanOrEqual(640);
      }
    }
    await context.close();
  });

  it('stays on screen when the page scrolls, and never hides the element that has focus', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    await page.goto(fileUrl('en/basics.html'));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const button = await page.locator('a[data-quick-exit]').boundingBox();
    expect(button!.y).toBeGreaterThanOrEqual(0);
    expect(button!.y).toBeLessThan(80);
    const barBottom = await page.$eval('.safety-bar', (bar) => bar.getBoundingClientRect().bottom);
    // Move focus backwards from the end of the page: each focused element shows below the bar.
    await page.keyboard.press('End');
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Shift+Tab');
      const box = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON());
      if (!(await page.evaluate(() => document.activeElement!.closest('.safety-bar')))) expect(box.top).toBeGreaterThanOrEqual(barBottom - 1);
    }
    await screenshot(page, 'quick-exit-scrolled');
    await context.close();
  });
});

describe('a neutral identity', () => {
  const SUBJECT = /traffick|victim|exploit|торгов|жертв|эксплуат/i;

  it('no document title or description, no file name and no id names the subject, in dist/ and release/', () => {
    const found: string[] = [];
    const released = readdirSync(RELEASE).filter((file) => file.endsWith('.html'));
    const files = [
      ...pages.map((path) => ({ path, text: html(path) })),
      ...released.map((file) => ({ path: `release/${file}`, text: readFileSync(join(RELEASE, file), 'utf8') })),
    ];
    for (const { path, text } of files) {
      if (SUBJECT.test(path)) found.push(`${path}: file name`);
      const title = /<title>([^<]*)<\/title>/.exec(text)?.[1] ?? '';
      const description = /<meta name="description" content="([^"]*)"/.exec(text)?.[1] ?? '';
      if (!title) found.push(`${path}: no title`);
      if (SUBJECT.test(title)) found.push(`${path}: title "${title}"`);
      if (SUBJECT.test(description)) found.push(`${path}: description "${description}"`);
      for (const [, id] of text.matchAll(/\sid="([^"]+)"/g)) if (SUBJECT.test(id!)) found.push(`${path}: id "${id}"`);
    }
    for (const file of [...filesUnder(DIST), ...readdirSync(RELEASE)]) if (SUBJECT.test(file)) found.push(`file ${file}`);
    expect(found).toEqual([]);
    // Every page's title is in its own language and names the site.
    for (const locale of LOCALES)
      expect(html(`${locale}/basics.html`)).toContain(`<title>${dictionaries[locale]!['docTitle.definition']} · ${dictionaries[locale]!.siteName}</title>`);
  });

  it("the plain texts (one chat message, the zip's README) start with the neutral name, what a preview shows", () => {
    expect(readFileSync(join(DIST, 'README.txt'), 'utf8').split('\r\n')[0]).toMatch(new RegExp(`^${dictionaries.en!.siteName}\\.`));
    for (const locale of LOCALES) {
      const text = readFileSync(join(RELEASE, `short-${locale}.txt`), 'utf8').replace(/^\uFEFF/, '');
      expect(text.split('\n')[0]).toBe(dictionaries[locale]!.siteName);
    }
  });
});

describe('privacy', () => {
  it('every page and deck tells browsers to send no referrer, and has a policy that allows nothing from another host', () => {
    for (const path of pages) {
      const page = html(path);
      expect(page, path).toContain('<meta name="referrer" content="no-referrer">');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
      expect(policy, path).toBeTruthy();
      expect(policy, path).toContain("default-src 'none'");
      // (The hashes are base64, which may hold "//": they are taken out first.)
      expect(policy!.replace(/'sha256-[^']+'/g, ''), path).not.toMatch(/https?:|\*|\/\//);
      if (reading.includes(path)) expect(policy, path).not.toContain('unsafe-inline');
    }
  });

  it('no page stores anything about the reader: no cookie, no web storage (every page, from disk and over http)', () => {
    const storing = crawl().pages.filter((page) => page.disk.stored.length + (page.http?.stored.length ?? 0) > 0);
    expect(storing.map((page) => `${page.path}: ${[...page.disk.stored, ...(page.http?.stored ?? [])].join(', ')}`)).toEqual([]);
  });

  it('a deck read on a phone keeps nothing once the reader leaves it; the speaker view keeps only its layout (README)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/present/full.html`);
    await page.waitForFunction(() => window.Reveal?.isReady() && window.Reveal.isScrollView());
    await page.mouse.wheel(0, 2000);
    // reveal.js writes the scroll position 50 ms after the reader stops.
    await page.waitForFunction(() => sessionStorage.getItem('reveal-scroll-top') !== null);
    await page.goto(`${site.origin}/en/index.html`);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
    await context.close();

    const trainer = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const deck = await trainer.newPage();
    await deck.goto(`${site.origin}/en/present/full.html`);
    await deck.waitForFunction(() => window.Reveal?.isReady());
    const popup = trainer.waitForEvent('page');
    await deck.keyboard.press('s');
    await (await popup).waitForFunction(() => document.querySelector('.speaker-controls-notes') !== null);
    expect(await deck.evaluate(() => Object.keys(localStorage).filter((key) => key !== 'reveal-speaker-layout'))).toEqual([]);
    expect(await trainer.cookies()).toEqual([]);
    await trainer.close();
  });

  it('every page for reading links to "Get help" and to "Browse safely"', () => {
    for (const path of reading.filter((p) => /^(en|ru)\//.test(p))) {
      expect(html(path), path).toMatch(/href="contacts\.html"/);
      expect(html(path), path).toMatch(/href="privacy\.html"/);
    }
  });
});
