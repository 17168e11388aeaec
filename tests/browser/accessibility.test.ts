/**
 * WCAG 2.2 AA, checked in Chromium: axe-core finds no violation on any page or any slide of the
 * decks; the keyboard reaches every link in a sensible order with visible focus; and html-validate
 * (its recommended rules) finds no error in any built file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { isDeck as isDeckFile } from '../../scripts/lib/built-pages.mjs';
import { DIST, fileUrl, useBuiltSite } from '../support/built-site';
import { listFiles } from '../support/content';
import { LOCALES } from '../../src/lib/i18n';
import { TOPICS } from '../../src/lib/topics';

const site = useBuiltSite();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = listFiles(DIST, '.html').map((file) => relative(DIST, file));
const isDeck = (path: string) => isDeckFile(DIST, path);

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async (tags) => (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map((v: any) => `${v.id}: ${v.help} — ${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('axe-core (WCAG 2.2 AA)', () => {
  it('finds no violation on any page, at desktop and phone widths', async () => {
    const found: string[] = [];
    for (const width of [1024, 320]) {
      // The axe script is injected into the page: the page's own policy would refuse it.
      const context = await site.browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
      const page = await context.newPage();
      for (const path of pages.filter((p) => !isDeck(p))) {
        await page.goto(fileUrl(path));
        for (const violation of await violations(page)) found.push(`${path} @${width}: ${violation}`);
      }
      await context.close();
    }
    expect(found).toEqual([]);
  });

  it('finds no violation on any slide of the decks', async () => {
    const found: string[] = [];
    // Without transitions, so that contrast is measured on the slide at rest, not half faded in.
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const decks = LOCALES.flatMap((locale) => ['full', ...TOPICS, 'exercises'].map((deck) => `${locale}/present/${deck}.html`));
    for (const path of decks) {
      await page.goto(fileUrl(path));
      await page.waitForFunction(() => (window as any).Reveal?.isReady());
      const count = await page.evaluate(() => (window as any).Reveal.getTotalSlides());
      // A topic deck's slides are also the full deck's: its own title slide is what is new. The
      // exercises deck's slides are its own.
      const slides = /\/(full|exercises)\.html$/.test(path) ? count : 1;
      for (let i = 0; i < slides; i += 1) {
        await page.evaluate((index) => (window as any).Reveal.slide(index), i);
        for (const violation of await violations(page)) found.push(`${path} slide ${i + 1}: ${violation}`);
      }
    }
    await context.close();
    expect(found).toEqual([]);
  });
});

describe('the keyboard', () => {
  it('reaches the skip link, quick exit, the language switch and every link of the page, in order, with visible focus', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(fileUrl('ru/definition.html'));
    const links = await page.$$eval('a[href]', (all) => all.map((a) => a.getAttribute('href')));
    const reached: (string | null)[] = [];
    for (let i = 0; i < links.length; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const style = getComputedStyle(active);
        return { href: active.getAttribute('href'), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, box: active.getBoundingClientRect().height > 0 };
      });
      expect(focus.outline, `focus on ${focus.href} is visible`).toBe(true);
      expect(focus.box).toBe(true);
      reached.push(focus.href);
    }
    // Document order is the tab order: skip link, quick exit, site name, language switch, …
    expect(reached).toEqual(links);
    expect(reached[0]).toBe('#main');
    expect(reached[1]).toBe('../notes.html');
    expect(reached.slice(2, 5)).toContain('../en/definition.html');
    await context.close();
  });
});

describe('html-validate (recommended rules)', () => {
  it('finds no error in any built page, deck or single file', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const errors: string[] = [];
    for (const path of pages) {
      const report = await validator.validateFile(join(DIST, path));
      for (const result of report.results) for (const message of result.messages) errors.push(`${path}: ${message.ruleId}: ${message.message} (${message.selector})`);
    }
    expect(errors).toEqual([]);
  });
});
