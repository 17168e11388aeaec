/**
 * WCAG 2.2 AA, checked in Chromium: axe-core finds no violation on any page (at 1024 and 320 px)
 * or any slide of the decks (as the crawl ran it); the keyboard reaches every link in a sensible
 * order with visible focus; and html-validate (its recommended rules) finds no error in any built
 * file.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtPages, crawl, DIST, fileUrl, useBrowser } from '../support/site';

const site = useBrowser();

describe('axe-core (WCAG 2.2 AA)', () => {
  it('finds no violation on any page, at desktop and phone widths, or on any slide of the decks', () => {
    const found = crawl().pages.flatMap(({ path, axe }) => axe.map((violation) => `${path} ${violation}`));
    expect(found).toEqual([]);
    // It did run on every page and deck.
    expect(crawl().pages.length).toBeGreaterThan(40);
  });
});

describe('the keyboard', () => {
  it('reaches the skip link, Get help, quick exit, the language switch and every link of the page, in order, with visible focus', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(fileUrl('ru/basics.html'));
    const links = await page.$$eval('a[href]', (all) => all.map((a) => a.getAttribute('href')));
    const reached: (string | null)[] = [];
    for (let i = 0; i < links.length; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const style = getComputedStyle(active);
        return {
          href: active.getAttribute('href'),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          box: active.getBoundingClientRect().height > 0,
        };
      });
      expect(focus.outline, `focus on ${focus.href} is visible`).toBe(true);
      expect(focus.box).toBe(true);
      reached.push(focus.href);
    }
    // Document order is the tab order: skip link, Get help, quick exit, site name, language switch, …
    expect(reached).toEqual(links);
    expect(reached.slice(0, 3)).toEqual(['#main', 'contacts.html', 'notes.html']);
    expect(reached.slice(3, 6)).toContain('../en/basics.html');
    await context.close();
  });
});

describe('html-validate (recommended rules)', () => {
  it('finds no error in any built page, deck or single file', async () => {
    // wcag/h32 asks every form for a submit button: the job-offer check is a form that never
    // submits (its boxes have no names; it exists for its reset button), so the rule is off.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'wcag/h32': 'off' } });
    const errors: string[] = [];
    for (const path of builtPages()) {
      const report = await validator.validateFile(join(DIST, path));
      for (const result of report.results)
        for (const message of result.messages) errors.push(`${path}: ${message.ruleId}: ${message.message} (${message.selector})`);
    }
    expect(errors).toEqual([]);
  });
});
