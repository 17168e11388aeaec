/**
 * The decks. From the crawl (every deck opened from disk and over http: that each starts and
 * moves is in pages.test.ts): the full deck is the seed's 16 slides in order and a help slide,
 * every slide has a heading and speaker notes, a topic deck starts with its own title slide, each
 * deck reads as a scrolling page on a phone and loads only itself and reveal.js. In Chromium here:
 * the keys, the speaker view (in the deck's language; a notice, never the notes, when the pop-up
 * is blocked), reduced motion, and Ctrl+P printing one slide to each A4 page. What a room sees while
 * a deck is presented is in presenting.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { crawl, DIST, fileUrl, useBrowser } from '../support/site';
import { screenshot } from '../support/screenshots';
import { visit as open } from '../support/visit';
import { TOPICS } from '../../src/lib/topics';
import { TOPIC_FILES } from '../../src/lib/routes';

const site = useBrowser();
const visit = (url: string, options: { width: number; height: number }) => open(site.browser, url, options);
const crawled = (path: string) => {
  const page = crawl().pages.find((entry) => entry.path === path);
  if (!page?.slides) throw new Error(`${path} was not crawled as a deck`);
  return page as typeof page & { slides: NonNullable<typeof page.slides> };
};

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.Reveal?.isReady());
}

describe('the full deck', () => {
  it("is the seed's 16 slides in the seed's order, then where to get help; each with a heading and notes", () => {
    const { slides: all } = crawled('en/present/full.html');
    // The one slide the full deck adds: help, last.
    expect(all.map((s) => s.added)).toEqual([...Array.from({ length: 16 }, () => null), 'help']);
    const slides = all.slice(0, 16);
    expect(slides.map((s) => s.seedSlide)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(all[16]!.heading).toBe(true);
    expect(all[16]!.notes).not.toBe('');
    for (const [i, slide] of slides.entries()) {
      expect(slide.heading, `slide ${i + 1} heading`).toBe(true);
      expect(slide.notes, `slide ${i + 1} notes`).toContain('Ask the room:');
      expect(slide.notes, `slide ${i + 1} source`).toMatch(/IOM presentation, c\. 2004, slide \d+/);
    }
    // The figure on slide 6 has its source and year in the notes.
    expect(slides[5]!.notes).toContain('4 million');
    expect(slides[5]!.notes).toContain('c. 2004');
  });

  it('reads as a scrolling page on a phone, every deck', () => {
    const decks = crawl().pages.filter((page) => page.deck);
    expect(decks.filter((deck) => !deck.scrollView).map((deck) => deck.path)).toEqual([]);
  });

  it('loads only itself and reveal.js before the first slide shows: the speaker-view plugin loads only on S', () => {
    for (const deck of crawl().pages.filter((page) => page.deck && page.http && !page.path.startsWith('downloads/'))) {
      expect(
        deck.http!.requested.map((url) => url.split('/').slice(-2).join('/')),
        deck.path,
      ).toEqual([deck.path.split('/').slice(-2).join('/'), 'vendor/reveal.js']);
    }
  });

  describe('in Chromium at 1280×720', () => {
    let page: Page;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ page, close } = await visit(fileUrl('en/present/full.html'), { width: 1280, height: 720 }));
      await ready(page);
      await screenshot(page, 'deck-full-1');
    });
    afterAll(() => close());

    it('keeps off-screen slides out of the keyboard\'s reach and is not role="application"', async () => {
      expect(await page.getAttribute('.reveal', 'role')).toBeNull();
      const inert = await page.evaluate(() => (window.Reveal!.getSlides() as HTMLElement[]).map((s) => s.inert));
      expect(inert[0]).toBe(false);
      expect(inert.slice(1).every(Boolean)).toBe(true);
      // Tab from the start reaches only the current slide's links and the deck's own controls.
      for (let i = 0; i < 6; i += 1) {
        await page.keyboard.press('Tab');
        const inCurrentOrControls = await page.evaluate(() => {
          const active = document.activeElement;
          return !active || active === document.body || !active.closest('.slides section') || active.closest('section.present') !== null;
        });
        expect(inCurrentOrControls).toBe(true);
      }
    });

    it('opens the overview on O and closes it on Esc', async () => {
      await page.keyboard.press('o');
      expect(await page.evaluate(() => window.Reveal!.isOverview())).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => window.Reveal!.isOverview())).toBe(false);
    });

    it('shows a list one item at a time where the entry asks for it', async () => {
      await page.evaluate(() => {
        window.location.hash = '#/slide-5';
      });
      await page.waitForFunction(() => window.Reveal!.getCurrentSlide().id === 'slide-5');
      const visibleItems = () => page.locator('section.present li:not(.fragment), section.present li.fragment.visible').count();
      expect(await page.locator('section.present li.fragment').count()).toBe(7);
      expect(await visibleItems()).toBe(0);
      await page.keyboard.press('ArrowRight');
      expect(await visibleItems()).toBe(1);
    });
  });

  it('has one URL per slide, so a slide can be opened directly', async () => {
    const { page, close } = await visit(`${fileUrl('en/present/full.html')}#/slide-13`, { width: 1280, height: 720 });
    await ready(page);
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().getAttribute('data-seed-slide'))).toBe('13');
    await screenshot(page, 'deck-full-13');
    await close();
  });

  it('turns transitions off for readers who ask for reduced motion', async () => {
    const context = await site.browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(fileUrl('en/present/full.html'));
    await ready(page);
    expect(await page.evaluate(() => window.Reveal!.getConfig().transition)).toBe('none');
    await context.close();
  });
});

describe('the speaker view', () => {
  for (const mode of ['file', 'http'] as const) {
    it(`opens on S over ${mode}:// with the notes, the next slide and the timer`, async () => {
      const path = 'en/present/full.html';
      const url = mode === 'file' ? fileUrl(path) : `${site.origin}/${path}`;
      const { page, problems, close } = await visit(url, { width: 1280, height: 720 });
      await ready(page);
      await page.keyboard.press('ArrowRight');
      const popup = page.context().waitForEvent('page');
      await page.keyboard.press('s');
      const speaker = await popup;
      await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes')?.textContent?.includes('Ask the room'));
      const text = await speaker.evaluate(() => document.body.innerText);
      expect(text).toContain('Ask the room:');
      expect(text).toMatch(/\d\d:\d\d:\d\d/);
      const upcoming = speaker.frames().find((frame) => frame.url().includes('receiver') && frame.url().includes('controls=false'));
      expect(upcoming, 'the upcoming-slide frame').toBeTruthy();
      // The preview follows the deck once both have started: reveal.js's speaker view sends the
      // first state as it opens, which a preview still starting can miss. Moving on sends it again.
      await upcoming!.waitForFunction(() => window.Reveal?.isReady());
      await page.keyboard.press('ArrowRight');
      await upcoming!.waitForFunction(() => window.Reveal!.getCurrentSlide().getAttribute('data-seed-slide') === '4');
      if (mode === 'file') await screenshot(speaker, 'deck-speaker-view');
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('where the pop-up is blocked, leaves the projected slide without notes and offers a button that opens the view', async () => {
    const { page, close } = await visit(`${fileUrl('ru/present/exercises.html')}#/case-1`, { width: 1280, height: 720 });
    await ready(page);
    await page.evaluate(() => {
      (window as unknown as { realOpen: typeof window.open }).realOpen = window.open;
      window.open = () => null;
    });
    await page.keyboard.press('s');
    const notice = page.locator('.deck-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await page.evaluate(() => window.Reveal!.getConfig().showNotes)).toBe(false);
    expect(await page.locator('.speaker-notes').isVisible()).toBe(false);
    await screenshot(page, 'deck-popup-blocked');
    // A click may open what a key press could not: the browser allows the window now.
    await page.evaluate(() => {
      window.open = (window as unknown as { realOpen: typeof window.open }).realOpen;
    });
    const popup = page.context().waitForEvent('page');
    await notice.getByRole('button', { name: 'Открыть режим докладчика' }).click();
    const speaker = await popup;
    await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes') !== null);
    expect(await notice.isVisible()).toBe(false);
    await close();
  });

  it('on a deck whose notes give the answers, T asks before it puts them on the screen', async () => {
    const { page, close } = await visit(`${fileUrl('en/present/exercises.html')}#/case-1`, { width: 1280, height: 720 });
    await ready(page);
    await page.keyboard.press('t');
    expect(await page.evaluate(() => window.Reveal!.getConfig().showNotes)).toBe(false);
    expect(await page.locator('.deck-notice [data-notice="answers"]').isVisible()).toBe(true);
    await page.keyboard.press('t');
    expect(await page.evaluate(() => window.Reveal!.getConfig().showNotes)).toBe(true);
    await expect.poll(() => page.locator('.speaker-notes').innerText()).toContain('Ask the room:');
    await close();
  });

  it('in Russian, has no English word and a 24-hour clock; its label leaves the next slide clear', async () => {
    const { page, close } = await visit(`${fileUrl('ru/present/full.html')}#/slide-2`, { width: 1280, height: 720 });
    await ready(page);
    const popup = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popup;
    await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes')?.textContent?.includes('Вопрос группе'));
    // The clock ticks once a second: wait for it to have written the time.
    await speaker.waitForFunction(() => !/AM|PM/.test(document.querySelector('.clock-value')?.textContent ?? 'AM'));
    const text = await speaker.evaluate(() => `${document.title} ${document.body.innerText}`);
    expect(text.match(/[A-Za-z]{2,}/g)).toBeNull();
    expect(await speaker.evaluate(() => document.querySelector('.clock-value')!.textContent)).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    expect(await speaker.evaluate(() => document.documentElement.lang)).toBe('ru');
    const [label, frame] = await speaker.evaluate(() =>
      ['#upcoming-slide .label', '#upcoming-slide iframe'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().bottom - 0),
    );
    const frameTop = await speaker.evaluate(() => document.querySelector('#upcoming-slide iframe')!.getBoundingClientRect().top);
    expect(label).toBeLessThanOrEqual(frameTop);
    expect(frame).toBeGreaterThan(frameTop);
    await close();
  });
});

describe('the topic decks', () => {
  for (const topic of TOPICS) {
    it(`${topic}: its own title slide (added by the deck), then its slides, each with notes`, () => {
      const { slides, hrefs } = crawled(`en/present/${TOPIC_FILES[topic]}.html`);
      expect(slides[0]).toMatchObject({ added: 'topic-title', seedSlide: null, heading: true });
      expect(slides.at(-1)).toMatchObject({ added: 'help', heading: true });
      // The definition's deck adds what the law says; no other topic deck does.
      const law = slides.filter((slide) => slide.added === 'law');
      expect(law.length).toBe(topic === 'definition' ? 7 : 0);
      for (const slide of law) expect(slide.heading && slide.notes !== '').toBe(true);
      const rest = slides.filter((slide) => slide.added === null);
      expect(rest.length).toBeGreaterThan(0);
      for (const slide of rest) {
        expect(slide.added).toBeNull();
        expect(slide.heading).toBe(true);
        expect(slide.notes).toContain('Ask the room:');
      }
      expect(slides[0]!.notes).not.toBe('');
      // Each slide links back to its section of the topic page.
      expect(hrefs.filter((href) => href.startsWith(`../${TOPIC_FILES[topic]}.html#`))).toHaveLength(rest.length);
    });
  }

  it("are reached from the trainers' page, not from the topic pages (the reader's set)", () => {
    const trainers = readFileSync(join(DIST, 'en', 'trainers.html'), 'utf8');
    for (const topic of TOPICS) {
      expect(trainers).toContain(`href="present/${TOPIC_FILES[topic]}.html"`);
      expect(readFileSync(join(DIST, 'en', `${TOPIC_FILES[topic]}.html`), 'utf8')).not.toContain('present/');
    }
  });
});

describe('printing', () => {
  it('Ctrl+P in a running deck prints every slide, one to each A4 landscape page, its list items shown whole', async () => {
    const page = await site.browser.newPage();
    await page.goto(fileUrl('en/present/full.html'));
    await ready(page);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    // The seed's 16 slides and the help slide the deck adds.
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBe(17);
    const [width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text)!.slice(1).map(Number) as [number, number];
    // A4 landscape: 297 × 210 mm, 842 × 595 points.
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.$$eval('.reveal .fragment', (items) => items.filter((item) => getComputedStyle(item).opacity !== '1').length);
    expect(hidden).toBe(0);
    await page.close();
  });
});
