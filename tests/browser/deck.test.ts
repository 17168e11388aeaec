/**
 * The decks in Chromium, from disk and over http: reveal.js starts, the full deck is the seed's
 * 16 slides in order, the keyboard moves it, every slide has speaker notes, the speaker view opens
 * (or the notes show in the deck window when the pop-up is blocked), and the slides PDF has one
 * page per slide.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { printDeck } from '../../scripts/pdf.mjs';
import { DIST, fileUrl, SHOTS, useBuiltSite } from '../support/built-site';
import { visit as open } from '../support/visit';
import { TOPICS } from '../../src/lib/topics';

const DECKS = ['full', ...TOPICS, 'exercises'].map((deck) => `en/present/${deck}.html`);
const site = useBuiltSite();
const visit = (url: string, options: { width: number; height: number }) => open(site.browser, url, options);

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).Reveal?.isReady());
}

interface SlideFacts {
  seedSlide: string | null;
  added: string | null;
  heading: boolean;
  notes: string;
}

function slideFacts(page: Page): Promise<SlideFacts[]> {
  return page.evaluate(() =>
    ((window as any).Reveal.getSlides() as HTMLElement[]).map((slide) => ({
      seedSlide: slide.getAttribute('data-seed-slide'),
      added: slide.getAttribute('data-deck-added'),
      heading: slide.querySelector('h1, h2') !== null,
      notes: (window as any).Reveal.getSlideNotes(slide) ?? '',
    })),
  );
}

for (const mode of ['file', 'http'] as const) {
  describe(`the decks over ${mode}://`, () => {
    for (const path of DECKS) {
      it(`${path} starts, moves on the arrow keys, and loads nothing from another host`, async () => {
        const url = mode === 'file' ? fileUrl(path) : `${site.origin}/${path}`;
        const { page, problems, close } = await visit(url, { width: 1280, height: 720 });
        try {
          await ready(page);
          expect(await page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(0);
          await page.keyboard.press('ArrowRight');
          expect(await page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(1);
          await page.keyboard.press('ArrowLeft');
          expect(await page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(0);
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  });
}

describe('the full deck', () => {
  it('is the seed\'s 16 slides in the seed\'s order, each with a heading and notes', async () => {
    const { page, close } = await visit(fileUrl('en/present/full.html'), { width: 1280, height: 720 });
    await ready(page);
    const slides = await slideFacts(page);
    expect(slides.map((s) => s.seedSlide)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(slides.filter((s) => s.added)).toEqual([]);
    for (const [i, slide] of slides.entries()) {
      expect(slide.heading, `slide ${i + 1} heading`).toBe(true);
      expect(slide.notes, `slide ${i + 1} notes`).toContain('Ask the room:');
      expect(slide.notes, `slide ${i + 1} source`).toMatch(/slide \d+ \(c\. 2004\)/);
    }
    // The figure on slide 6 has its source and year in the notes.
    expect(slides[5]!.notes).toContain('4 million');
    expect(slides[5]!.notes).toContain('c. 2004');
    await page.screenshot({ path: join(SHOTS, 'deck-full-1.png') });
    await close();
  });

  it('opens the overview on O and closes it on Esc', async () => {
    const { page, close } = await visit(fileUrl('en/present/full.html'), { width: 1280, height: 720 });
    await ready(page);
    await page.keyboard.press('o');
    expect(await page.evaluate(() => (window as any).Reveal.isOverview())).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as any).Reveal.isOverview())).toBe(false);
    await close();
  });

  it('weighs at most 48 KiB gzip as opened (HTML, CSS and JS loaded before the first slide shows)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => bodies.push(response.body()));
    await page.goto(`${site.origin}/en/present/full.html`);
    await ready(page);
    const loaded = await Promise.all(bodies);
    const gzipBytes = loaded.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    // The speaker-view plugin is not among them: it loads only on S.
    expect(loaded.length).toBe(2);
    expect(gzipBytes).toBeLessThanOrEqual(48 * 1024);
    await context.close();
  });

  it('has one URL per slide, so a slide can be opened directly', async () => {
    const { page, close } = await visit(`${fileUrl('en/present/full.html')}#/slide-13`, { width: 1280, height: 720 });
    await ready(page);
    expect(await page.evaluate(() => (window as any).Reveal.getCurrentSlide().getAttribute('data-seed-slide'))).toBe('13');
    await page.screenshot({ path: join(SHOTS, 'deck-full-13.png') });
    await close();
  });

  it('shows a list one item at a time where the entry asks for it', async () => {
    const { page, close } = await visit(`${fileUrl('en/present/full.html')}#/often-found-in`, { width: 1280, height: 720 });
    await ready(page);
    const visibleItems = () => page.locator('section.present li:not(.fragment), section.present li.fragment.visible').count();
    expect(await page.locator('section.present li.fragment').count()).toBe(7);
    expect(await visibleItems()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await visibleItems()).toBe(1);
    await close();
  });

  it('keeps off-screen slides out of the keyboard\'s reach and is not role="application"', async () => {
    const { page, close } = await visit(fileUrl('en/present/full.html'), { width: 1280, height: 720 });
    await ready(page);
    expect(await page.getAttribute('.reveal', 'role')).toBeNull();
    const inert = await page.evaluate(() => ((window as any).Reveal.getSlides() as HTMLElement[]).map((s) => s.inert));
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
    await close();
  });

  it('turns transitions off for readers who ask for reduced motion', async () => {
    const context = await site.browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(fileUrl('en/present/full.html'));
    await ready(page);
    expect(await page.evaluate(() => (window as any).Reveal.getConfig().transition)).toBe('none');
    await context.close();
  });

  it('reads as a scrolling page on a phone', async () => {
    const { page, problems, close } = await visit(fileUrl('en/present/full.html'), { width: 360, height: 740 });
    await ready(page);
    expect(await page.evaluate(() => (window as any).Reveal.isScrollView())).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SHOTS, 'deck-full-phone.png') });
    expect(problems).toEqual([]);
    await close();
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
      await upcoming!.waitForFunction(() => (window as any).Reveal?.isReady());
      expect(await upcoming!.evaluate(() => (window as any).Reveal.getCurrentSlide().getAttribute('data-seed-slide'))).toBe('3');
      if (mode === 'file') await speaker.screenshot({ path: join(SHOTS, 'deck-speaker-view.png') });
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('where the pop-up is blocked, shows the notes in the deck window', async () => {
    const { page, close } = await visit(fileUrl('en/present/full.html'), { width: 1280, height: 720 });
    await ready(page);
    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.keyboard.press('s');
    await page.waitForFunction(() => (window as any).Reveal.getConfig().showNotes === true);
    await expect.poll(() => page.locator('.speaker-notes').innerText()).toContain('Ask the room:');
    await page.screenshot({ path: join(SHOTS, 'deck-notes-in-window.png') });
    await close();
  });
});

describe('the topic decks', () => {
  for (const topic of TOPICS) {
    it(`${topic}: its own title slide (added by the deck), then its slides, each with notes`, async () => {
      const { page, close } = await visit(fileUrl(`en/present/${topic}.html`), { width: 1280, height: 720 });
      await ready(page);
      const slides = await slideFacts(page);
      expect(slides[0]).toMatchObject({ added: 'topic-title', seedSlide: null, heading: true });
      const rest = slides.slice(1);
      expect(rest.length).toBeGreaterThan(0);
      for (const slide of rest) {
        expect(slide.added).toBeNull();
        expect(slide.heading).toBe(true);
        expect(slide.notes).toContain('Ask the room:');
      }
      expect(slides[0]!.notes).not.toBe('');
      // Each slide links back to its section of the topic page.
      const backLinks = await page.$$eval('.slide-source a', (links) => links.map((a) => a.getAttribute('href')));
      expect(backLinks.every((href) => href?.startsWith(`../${topic}.html#`))).toBe(true);
      await close();
    });
  }

  it('each topic page links to "Present this topic"', () => {
    for (const topic of TOPICS) {
      const html = readFileSync(join(DIST, 'en', `${topic}.html`), 'utf8');
      expect(html).toMatch(new RegExp(`<a href="present/${topic}\\.html"[^>]*>Present this topic</a>`));
    }
  });
});

describe('printing', () => {
  it('the slides PDF of the full deck has exactly one page per slide; the handout as many', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kit-pdf-'));
    const page = await site.browser.newPage();
    const pages = (file: string) => (readFileSync(file, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
    await printDeck(page, fileUrl('en/present/full.html'), join(out, 'slides.pdf'));
    expect(pages(join(out, 'slides.pdf'))).toBe(16);
    await printDeck(page, fileUrl('en/present/full.html'), join(out, 'handout.pdf'), { handout: true });
    expect(pages(join(out, 'handout.pdf'))).toBe(16);
    await page.close();
  });
});
