/**
 * What the room sees while a trainer presents (#17), in Chromium at 1280×720 from disk, in both
 * languages: the keys (?) over any slide, every data slide's heading naming its year, every deck
 * ending with help numbers, the cases large enough to read from the back, tables and matrices
 * inside the slide, and a projected screen with no web-page links and a pure black pause.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtHtml, wordsOf } from '../support/html';
import { crawl, fileUrl, useBrowser } from '../support/site';
import { screenshot } from '../support/screenshots';
import { visit as open } from '../support/visit';

const site = useBrowser();
const LOCALES = ['en', 'ru'] as const;
const visit = (path: string, hash = '') => open(site.browser, `${fileUrl(path)}${hash}`, { width: 1280, height: 720 });
const ready = (page: Page) => page.waitForFunction(() => window.Reveal?.isReady());
// To a slide by its id, through reveal.js itself (a hash change can race reveal.js's own writes
// of the address).
const goTo = async (page: Page, id: string) => {
  await page.evaluate((slide) => {
    const index = (window.Reveal!.getSlides() as HTMLElement[]).findIndex((section) => section.id === slide);
    window.Reveal!.slide(index);
  }, id);
  await page.waitForFunction((slide) => window.Reveal!.getCurrentSlide().id === slide, id);
};

describe('presenting', () => {
  for (const locale of LOCALES)
    it(`${locale}: ? shows every key over the slide, in the deck's language, S and T among them`, async () => {
      const { page, close } = await visit(`${locale}/present/full.html`, '#/slide-5');
      await ready(page);
      await page.keyboard.press('Shift+Slash');
      const keys = page.locator('dialog.deck-keys');
      expect(await keys.evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
      const rows = keys.locator('tbody tr');
      expect(await rows.count()).toBe(10);
      // Every row can be reached: scrolled into view, each lies inside the screen.
      for (let i = 0; i < (await rows.count()); i += 1) {
        await rows.nth(i).scrollIntoViewIfNeeded();
        const box = (await rows.nth(i).boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(720);
      }
      const text = await keys.innerText();
      expect(text).toMatch(/\bS\b/);
      expect(text).toMatch(/\bT\b/);
      // Key names stay as the keyboard prints them; every other word is Russian.
      if (locale === 'ru') expect(text.match(/[A-Za-z]{3,}/g) ?? []).toEqual(['Home', 'End', 'Enter', 'Esc']);
      // Opaque: it has a background of its own, over a dimmed slide.
      expect(await keys.evaluate((dialog) => getComputedStyle(dialog).backgroundColor)).toBe('rgb(255, 255, 255)');
      await screenshot(page, `deck-keys-${locale}`);
      // No key moves the deck while it is open; Esc closes it.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      expect(await keys.evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
      expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id)).toBe('slide-5');
      await close();
    });

  for (const locale of LOCALES)
    it(`${locale}: every data slide's heading names the year it shows, in every deck that has it`, () => {
      // The data slides are in the full deck and in the deck that opens alone.
      for (const path of [`${locale}/present/full.html`, `downloads/presentation-${locale}.html`]) {
        const html = builtHtml(path);
        for (const slide of [13, 14, 15, 16]) {
          const section = new RegExp(`<section id="slide-${slide}"[\\s\\S]*?<h2[^>]*>([\\s\\S]*?)</h2>`).exec(html);
          expect(section, `${path} slide ${slide}`).not.toBeNull();
          expect(wordsOf(section![1]!), `${path} slide ${slide}`).toMatch(slide === 16 ? /2003–2004/ : /2004/);
        }
        // The seed names the Convention wrongly: its slide gives the official name under the seed's.
        if (locale === 'en') expect(wordsOf(html)).toContain('Official name: UN Convention against Transnational Organized Crime');
      }
    });

  it('every deck ends with where to get help: numbers where migrants are, then at home, each with its source', () => {
    // Every deck of both languages: the full deck, the five topic decks and the exercises deck.
    const decks = crawl().pages.filter((page) => page.deck && page.slides);
    expect(decks.length).toBeGreaterThanOrEqual(14);
    for (const deck of decks) {
      expect(deck.slides!.at(-1)!.added, deck.path).toBe('help');
      const help = wordsOf(/<section id="help"[\s\S]*?<\/section>/.exec(builtHtml(deck.path))![0]);
      const locale = deck.path.includes('-ru') || deck.path.startsWith('ru/') ? 'ru' : 'en';
      // Russia (where migrants are) before Uzbekistan (at home); each number with its source.
      const [now, home] = locale === 'ru' ? ['Россия', 'Узбекистан'] : ['Russia', 'Uzbekistan'];
      expect(help.indexOf(now), deck.path).toBeGreaterThan(-1);
      expect(help.indexOf(home), deck.path).toBeGreaterThan(help.indexOf(now));
      expect(help, deck.path).toContain('8-800-333-00-16');
      expect(help, deck.path).toMatch(locale === 'ru' ? /МОМ в России/ : /IOM Russia/);
    }
  });

  for (const locale of LOCALES)
    it(`${locale}: the cases read from the back of the room: no story or answer text under 28 px as shown, lines of at most 70 characters`, async () => {
      const { page, close } = await visit(`${locale}/present/exercises.html`);
      await ready(page);
      const ids: string[] = await page.evaluate(() =>
        (window.Reveal!.getSlides() as HTMLElement[]).map((slide) => slide.id).filter((id) => id.startsWith('case-')),
      );
      expect(ids).toHaveLength(20);
      for (const id of ids) {
        await goTo(page, id);
        const facts = await page.evaluate(() => {
          const slide = window.Reveal!.getCurrentSlide() as HTMLElement;
          const scale = window.Reveal!.getScale();
          // Story, question, verdict and the answer's parts: the text the room reads (not the
          // source line at the slide's foot).
          const texts = [...slide.querySelectorAll<HTMLElement>('.story p, .question, .verdict, .protocol-parts dt, .protocol-parts dd')].filter(
            (element) => !element.closest('aside.notes'),
          );
          // The longest rendered line, in characters: each word's box, grouped by the line it is on.
          let longest = 0;
          for (const element of texts) {
            const lines = new Map<number, number>();
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of (node.nodeValue ?? '').matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const top = Math.round(range.getBoundingClientRect().top);
                lines.set(top, (lines.get(top) ?? -1) + match[0].length + 1);
              }
            }
            longest = Math.max(longest, ...lines.values());
          }
          return {
            count: texts.length,
            smallest: Math.min(...texts.map((element) => parseFloat(getComputedStyle(element).fontSize) * scale)),
            characters: longest,
            bottom: slide.getBoundingClientRect().top + slide.scrollHeight * scale,
          };
        });
        expect(facts.count, id).toBeGreaterThan(0);
        expect(facts.smallest, id).toBeGreaterThanOrEqual(28);
        expect(facts.characters, id).toBeLessThanOrEqual(70);
        expect(facts.bottom, `${id} runs off the slide`).toBeLessThanOrEqual(720);
      }
      await goTo(page, 'case-4');
      await screenshot(page, `deck-case-${locale}`);
      await close();
    });

  for (const locale of LOCALES)
    it(`${locale}: on the data slides, the same data as a table opens inside the slide, and the matrices are drawn at the same size`, async () => {
      const { page, close } = await visit(`${locale}/present/full.html`);
      await ready(page);
      for (const slide of ['slide-13', 'slide-14', 'slide-15', 'slide-16']) {
        await goTo(page, slide);
        const svgWidth = await page.evaluate(() => window.Reveal!.getCurrentSlide().querySelector('svg')!.getBoundingClientRect().width);
        // Drawn across the slide's width, in Russian as in English.
        expect(svgWidth, slide).toBeGreaterThan(1100);
        await page.locator('section.present details.data-table summary').click();
        const box = await page.evaluate(() => {
          const rect = window.Reveal!.getCurrentSlide().querySelector('details.data-table table')!.getBoundingClientRect();
          return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        });
        expect(box.left, slide).toBeGreaterThanOrEqual(0);
        expect(box.right, slide).toBeLessThanOrEqual(1280);
        expect(box.top, slide).toBeGreaterThanOrEqual(0);
        expect(box.bottom, slide).toBeLessThanOrEqual(720);
        if (slide === 'slide-14') await screenshot(page, `deck-table-${locale}`);
      }
      await close();
    });

  it('keeps the projected screen clean: no web-page link in sight unless reached; B gives a black screen and nothing else', async () => {
    const { page, close } = await visit('ru/present/full.html', '#/slide-5');
    await ready(page);
    // Seen: laid out, and neither it nor anything around it fully transparent.
    const seen = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        for (let node: Element | null = element; node; node = node.parentElement) if (Number(getComputedStyle(node).opacity) === 0) return false;
        return element.getBoundingClientRect().width > 0;
      });
    expect(await seen('section.present .slide-source a')).toBe(false);
    expect(await seen('.deck-language a')).toBe(false);
    expect(await page.locator('.slide-number a').evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('none');
    // Reached by keyboard, a link shows.
    await page.locator('section.present .slide-source a').focus();
    expect(await seen('section.present .slide-source a')).toBe(true);
    // In the overview, they show.
    await page.keyboard.press('Escape');
    await page.keyboard.press('o');
    expect(await seen('section.present .slide-source a')).toBe(true);
    await page.keyboard.press('o');
    // B: black, with no button on it (reveal's resume button shows only when pointed at).
    await page.mouse.move(10, 10);
    await page.keyboard.press('b');
    await expect.poll(() => page.evaluate(() => window.Reveal!.isPaused())).toBe(true);
    await page.waitForTimeout(1200);
    const black = await page.evaluate(() => {
      const overlay = document.querySelector('.pause-overlay')!;
      // At every point of the screen, the black overlay is what shows.
      const points = [10, 320, 640, 960, 1270].flatMap((x) => [10, 360, 710].map((y) => document.elementFromPoint(x, y)));
      return {
        background: getComputedStyle(overlay).backgroundColor,
        everywhere: points.every((element) => element === overlay || overlay.contains(element)),
        button: getComputedStyle(overlay.querySelector('.resume-button')!).opacity,
      };
    });
    expect(black).toEqual({ background: 'rgb(0, 0, 0)', everywhere: true, button: '0' });
    await close();
  });
});
