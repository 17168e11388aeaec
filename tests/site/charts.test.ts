/**
 * The treaty matrices and the victims chart as a reader and a trainer meet them: drawn SVGs of
 * real size on the instruments page and on the deck's slides, with a text alternative and the
 * same data as a table, and no JavaScript for them.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DIST, fileUrl, useBrowser } from '../support/site';
import { screenshot } from '../support/screenshots';
import { visit } from '../support/visit';

const site = useBrowser();

async function svgFacts(page: Page, selector: string) {
  return page.$$eval(selector, (svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const labelIds = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      return {
        width: box.width,
        height: box.height,
        visible: box.width > 0 && box.height > 0 && getComputedStyle(svg).visibility !== 'hidden',
        role: svg.getAttribute('role'),
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        labelledByTitleAndDesc: labelIds.length === 2 && labelIds.every((id) => document.getElementById(id)?.closest('svg') === svg),
      };
    }),
  );
}

describe('on the agreements page (the treaties)', () => {
  it('the combined matrix and the victims chart are drawn, labelled, and beside their tables', async () => {
    const { page, problems, close } = await visit(site.browser, fileUrl('en/agreements.html'), { width: 1024, height: 900 });
    const [matrix] = await svgFacts(page, '.treaty-matrix svg[role="img"]');
    const [chart] = await svgFacts(page, '.victims-chart svg[role="img"]');
    for (const svg of [matrix!, chart!]) {
      expect(svg.visible).toBe(true);
      expect(svg.width).toBeGreaterThan(300);
      expect(svg.height).toBeGreaterThan(150);
      expect(svg.labelledByTitleAndDesc).toBe(true);
      expect(svg.title.length).toBeGreaterThan(10);
    }
    expect(matrix!.desc).toContain('Tajikistan');
    expect(chart!.desc).toContain('no data for 2004');
    const caption = await page.innerText('.treaty-matrix figcaption');
    expect(caption).toContain('Status in 2004, as presented by IOM');
    expect(caption).toContain('UN Treaty Collection');
    expect(caption).toMatch(/chapter XVIII/);
    expect(await page.locator('.treaty-matrix .legend li').count()).toBe(4);
    expect(await page.innerText('.victims-chart figcaption')).toContain('not the number of victims');
    // The same data as real tables, visible on the page.
    expect(await page.locator('section.treaty table').count()).toBe(3);
    expect(await page.locator('section.victims table').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await screenshot(page.locator('.treaty-matrix'), 'chart-matrix-page');
    await screenshot(page.locator('.victims-chart'), 'chart-victims-page');
    await close();
  });

  it('the charts need no JavaScript: drawn in the HTML, they show with scripts off', async () => {
    const html = readFileSync(join(DIST, 'en', 'agreements.html'), 'utf8');
    // The page's only scripts are the kit's own: quick exit, and keeping the kit to one entry of the tab's history.
    expect([...html.matchAll(/<script/g)]).toHaveLength(2);
    expect(html).toContain('data-quick-exit');
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(fileUrl('en/agreements.html'));
    for (const svg of await svgFacts(page, 'figure svg[role="img"]')) expect(svg.visible).toBe(true);
    expect(await page.locator('figure svg[role="img"]').count()).toBe(2);
    await context.close();
  });

  it('in the chart, a real 0 and the missing value look different', async () => {
    const { page, close } = await visit(site.browser, fileUrl('en/agreements.html'), { width: 1024, height: 900 });
    const labels = await page.$$eval('.victims-chart svg text', (texts) => texts.map((t) => t.textContent?.trim()));
    expect(labels.filter((label) => label === '0')).toHaveLength(4); // three bars and the axis
    expect(labels.filter((label) => label === 'no data')).toHaveLength(1);
    // The missing value is an absence: no mark drawn for it, nothing that could pass for a bar.
    expect(await page.locator('.victims-chart svg rect[stroke-dasharray], .victims-chart svg rect[fill="none"]').count()).toBe(0);
    expect(await page.locator('.victims-chart svg text[font-style="italic"]').count()).toBe(1);
    await close();
  });

  it('on a 320 px phone, the page does not scroll sideways; the matrix scrolls in its own frame', async () => {
    const { page, close } = await visit(site.browser, fileUrl('en/agreements.html'), { width: 320, height: 720 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const frame = page.locator('.treaty-matrix .frame');
    expect(await frame.getAttribute('tabindex')).toBe('0');
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.locator('.scroll-hint').isVisible()).toBe(true);
    await close();
  });
});

describe("on the deck's slides", () => {
  for (const locale of ['en', 'ru']) {
    it(`${locale}: slides 13 to 16 draw their charts at a size a room can read, above the slide's foot`, async () => {
      const { page, problems, close } = await visit(site.browser, fileUrl(`${locale}/present/full.html`), {
        width: 1280,
        height: 720,
        reducedMotion: 'reduce',
      });
      await page.waitForFunction(() => window.Reveal?.isReady());
      for (const slide of [13, 14, 15, 16]) {
        await page.evaluate((index) => window.Reveal!.slide(index), slide - 1);
        const [svg] = await svgFacts(page, 'section.present svg[role="img"]');
        expect(svg!.visible, `slide ${slide}`).toBe(true);
        expect(svg!.width, `slide ${slide}`).toBeGreaterThan(700);
        expect(svg!.height, `slide ${slide}`).toBeGreaterThan(300);
        expect(svg!.labelledByTitleAndDesc, `slide ${slide}`).toBe(true);
        // The chart and its key fit on the slide, above its foot.
        const foot = await page.$eval('section.present .slide-source', (el) => el.getBoundingClientRect().top);
        const bottoms = await page.$$eval('section.present figure > *', (els) => els.map((el) => el.getBoundingClientRect().bottom));
        for (const bottom of bottoms) expect(bottom, `slide ${slide}`).toBeLessThanOrEqual(foot);
        // The same data, as a table, one click away.
        await page.click('section.present details summary');
        expect(await page.locator('section.present details table').isVisible(), `slide ${slide}`).toBe(true);
        await page.click('section.present details summary');
        await screenshot(page, `chart-slide-${locale}-${slide}`);
      }
      expect(problems).toEqual([]);
      await close();
    });
  }
});

describe('in the printed handout', () => {
  it('each chart slide prints its data table open, under the chart', async () => {
    const { page, close } = await visit(site.browser, `${fileUrl('en/present/full.html')}?handout`, { width: 1280, height: 720 });
    await page.waitForFunction(() => window.Reveal?.isReady());
    await page.emulateMedia({ media: 'print' });
    for (const slide of [13, 14, 15, 16]) {
      const table = page.locator(`#slide-${slide} details.data-table table`);
      expect(await table.isVisible(), `slide ${slide}`).toBe(true);
      const [chartBottom, tableTop] = await Promise.all([
        page.$eval(`#slide-${slide} svg[role="img"]`, (el) => el.getBoundingClientRect().bottom),
        table.evaluate((el) => el.getBoundingClientRect().top),
      ]);
      expect(tableTop).toBeGreaterThanOrEqual(chartBottom);
    }
    await close();
  });
});
