/**
 * Safety and privacy for readers at risk: quick exit on every awareness page (button and Shift
 * three times), leaving no way Back; a no-referrer policy; a Content-Security-Policy that allows
 * nothing from another host; nothing stored about the reader; help lines that say who published
 * them and when, and that nobody has confirmed them since.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { builtPages, crawl, DIST, fileUrl, isDeck, NEUTRAL_PAGE, useBrowser } from '../support/site';
import { screenshot } from '../support/screenshots';
import { NEUTRAL_WEB_PAGE } from '../../src/lib/quick-exit';
import { dictionaries, LOCALES } from '../../src/lib/i18n';

const site = useBrowser();
const pages = builtPages();
const html = (path: string) => readFileSync(join(DIST, path), 'utf8');
const decks = pages.filter(isDeck);
const awareness = pages.filter((path) => !decks.includes(path) && path !== NEUTRAL_PAGE);

async function openAfter(first: string, path: string, { http = false } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1024, height: 700 } });
  // The neutral public site is answered here: no request leaves this machine.
  await context.route(`${NEUTRAL_WEB_PAGE}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }));
  const page = await context.newPage();
  const url = (p: string) => (http ? `${site.origin}/${p}` : fileUrl(p));
  await page.goto(url(first));
  await page.goto(url(path));
  return page;
}

describe('quick exit', () => {
  it("is on every awareness page, with its Shift hint in the page's language, and on no deck", () => {
    for (const path of awareness) {
      expect(html(path), path).toContain('data-quick-exit');
      const locale = /<html lang="([^"]+)"/.exec(html(path))![1]!;
      expect(html(path), path).toContain(dictionaries[locale]!['quickExit.hint']);
    }
    for (const path of decks) expect(html(path), path).not.toContain('data-quick-exit');
  });

  it("from disk, the button leaves for the kit's neutral page, and Back does not return", async () => {
    const page = await openAfter('en/index.html', 'en/escape-barriers.html');
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(/notes\.html$/);
    await page.goBack();
    expect(page.url()).toMatch(/en\/index\.html$/);
    await page.context().close();
  });

  it('over http, the button leaves for a neutral public site, and Back does not return', async () => {
    const page = await openAfter('ru/index.html', 'ru/escape-barriers.html', { http: true });
    await page.getByRole('link', { name: dictionaries.ru!['quickExit.label'] }).click();
    await page.waitForURL(`${NEUTRAL_WEB_PAGE}**`);
    await page.goBack();
    expect(page.url()).toMatch(/ru\/index\.html$/);
    await page.context().close();
  });

  it('Shift three times leaves; a pause of over 5 seconds or another key starts the count again', async () => {
    const page = await openAfter('en/index.html', 'en/where-found.html');
    await page.clock.install();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.clock.fastForward(6000);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(page.url()).toMatch(/where-found\.html$/);
    await page.keyboard.press('Shift');
    await page.waitForURL(/notes\.html$/);
    await page.context().close();
  });

  it('stays on screen when the page scrolls, and never hides the element that has focus', async () => {
    const page = await openAfter('en/index.html', 'en/definition.html');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const button = await page.getByRole('link', { name: 'Quick exit' }).boundingBox();
    expect(button!.y).toBeGreaterThanOrEqual(0);
    expect(button!.y).toBeLessThan(80);
    const barBottom = await page.$eval('.quick-exit', (bar) => bar.getBoundingClientRect().bottom);
    // Move focus backwards from the end of the page: each focused element shows below the bar.
    await page.keyboard.press('End');
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Shift+Tab');
      const box = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON());
      if (!(await page.evaluate(() => document.activeElement!.closest('.quick-exit')))) expect(box.top).toBeGreaterThanOrEqual(barBottom - 1);
    }
    await screenshot(page, 'quick-exit-scrolled');
    await page.context().close();
  });

  it('without JavaScript is a plain link to the neutral page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(fileUrl('en/help.html'));
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(/notes\.html$/);
    await context.close();
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
      expect(policy, path).not.toMatch(/https?:|\*|\/\//);
      if (awareness.includes(path)) expect(policy, path).not.toContain('unsafe-inline');
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
});

describe('"Get help"', () => {
  it('gives each number with who published it and when, says it is not confirmed since, and says where there is none', async () => {
    for (const locale of LOCALES) {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(fileUrl(`${locale}/help.html`));
      const text = await page.innerText('main');
      const strings = dictionaries[locale]!;
      // Numbers are written with non-breaking spaces and hyphens, so they never split across lines.
      const plain = text.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');
      for (const number of ['116 16', '189', '918-85-3434', '+993 12 463514', '+993 422 32229']) expect(plain).toContain(number);
      expect(text.split(strings['help.notConfirmed']).length - 1).toBe(5);
      expect(text).toContain(strings['help.none']);
      for (const published of ['2018', '2017-04', '2012-06-13', '2011']) expect(await page.locator(`time[datetime="${published}"]`).count()).toBeGreaterThan(0);
      expect(await page.locator('a[href="tel:918853434"]').count()).toBe(1);
      await screenshot(page, `${locale}_help-360`, { fullPage: true });
      await context.close();
    }
  });

  it('and a "Browse safely" page are linked from every awareness page', () => {
    for (const path of awareness.filter((p) => /^(en|ru)\//.test(p))) {
      expect(html(path), path).toMatch(/href="(\.\.\/)*(en|ru\/)?help\.html"|href="help\.html"/);
      expect(html(path), path).toMatch(/href="[^"]*browse-safely\.html"/);
    }
  });
});
