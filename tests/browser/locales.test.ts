/**
 * The site in each of its languages: every page and deck in every locale, a language switch that
 * keeps the reader on the same page (and the trainer on the same slide), `lang` and `hreflang`
 * where they belong, dates written by Intl for the locale, no English interface text on a
 * Russian page, and Cyrillic, Kazakh and Tajik letters included, drawn in a font of the site's
 * own font stack (as Chromium reports through the DevTools protocol).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, fileUrl, SHOTS, useBuiltSite } from '../support/built-site';
import { listFiles } from '../support/content';
import { visit } from '../support/visit';
import { dictionaries, LOCALES, SOURCE_LOCALE } from '../../src/lib/i18n';

const site = useBuiltSite();
const pages = listFiles(DIST, '.html').map((file) => relative(DIST, file));
const inSource = pages.filter((path) => path.startsWith(`${SOURCE_LOCALE}/`));
const OTHERS = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

describe('the languages', () => {
  it('are English and Russian, with the same interface keys', () => {
    expect(LOCALES).toEqual(['en', 'ru']);
    for (const locale of OTHERS) expect(Object.keys(dictionaries[locale]!).sort()).toEqual(Object.keys(dictionaries[SOURCE_LOCALE]!).sort());
  });

  it('every page and deck exists in every language', () => {
    for (const locale of OTHERS) {
      for (const path of inSource) expect(existsSync(join(DIST, locale, path.slice(3))), `${locale}/${path.slice(3)}`).toBe(true);
      expect(pages.filter((path) => path.startsWith(`${locale}/`))).toHaveLength(inSource.length);
    }
  });
});

for (const locale of OTHERS) {
  describe(`the ${locale} pages`, () => {
    const localePages = pages.filter((path) => path.startsWith(`${locale}/`));
    /** English interface strings that differ from this locale's: none may show on its pages. */
    const english = Object.entries(dictionaries[SOURCE_LOCALE]!)
      .filter(([key, value]) => key !== 'intlLocale' && value !== dictionaries[locale]![key as keyof (typeof dictionaries)[string]] && value.length >= 6)
      .map(([, value]) => value.split('{')[0]!.trim())
      .filter((value) => value.length >= 6);

    it('are marked as their language, offer the same page in the others, and show no English interface text', async () => {
      for (const path of localePages.filter((p) => !p.includes('/present/'))) {
        const { page, close } = await visit(site.browser, fileUrl(path), { width: 1024, height: 800 });
        expect(await page.getAttribute('html', 'lang'), path).toBe(locale);
        const sourcePath = `${SOURCE_LOCALE}/${path.slice(locale.length + 1)}`;
        const alternates = await page.$$eval('link[rel="alternate"]', (links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
        expect(alternates, path).toContainEqual([SOURCE_LOCALE, relative(join(path, '..'), sourcePath)]);
        const switchLink = page.locator(`.language-switch a[hreflang="${SOURCE_LOCALE}"]`);
        expect(await switchLink.getAttribute('lang')).toBe(SOURCE_LOCALE);
        expect(await switchLink.getAttribute('href')).toBe(relative(join(path, '..'), sourcePath));
        // The visible text and the title, without passages marked as another language (a quotation).
        const text = await page.evaluate(() => {
          const copy = document.body.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[lang]:not([lang="' + document.documentElement.lang + '"])').forEach((el) => el.remove());
          // File names (the trainers' list of entries to review) are not interface text.
          copy.querySelectorAll('code, script, style').forEach((el) => el.remove());
          copy.querySelectorAll('[aria-label]').forEach((el) => el.append(' ' + el.getAttribute('aria-label')));
          return `${document.title}\n${copy.innerText}`;
        });
        for (const phrase of english) expect(text, `${path}: "${phrase}"`).not.toContain(phrase);
        await close();
      }
    });

    it('write dates and numbers as the locale does, through Intl', async () => {
      const { page, close } = await visit(site.browser, fileUrl(`${locale}/instruments.html`), { width: 1024, height: 800 });
      const expected = new Intl.DateTimeFormat(dictionaries[locale]!.intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 11, 13)));
      expect(await page.locator('time[datetime="2000-12-13"]').first().innerText()).toBe(expected);
      if (locale === 'ru') expect(expected).toBe('13 декабря 2000 г.');
      await page.screenshot({ path: join(SHOTS, `${locale}_instruments-1024.png`), fullPage: true });
      await close();
    });

    it('the deck\'s language switch leads to the same slide in the other language', async () => {
      const { page, close } = await visit(site.browser, `${fileUrl(`${locale}/present/full.html`)}#/often-found-in`, { width: 1280, height: 720 });
      await page.waitForFunction(() => (window as any).Reveal?.isReady());
      const href = await page.locator(`.language-switch a[hreflang="${SOURCE_LOCALE}"]`).getAttribute('href');
      expect(href).toBe(`../../${SOURCE_LOCALE}/present/full.html#/often-found-in`);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const slideId = await page.evaluate(() => (window as any).Reveal.getCurrentSlide().id);
      expect(await page.locator(`.language-switch a[hreflang="${SOURCE_LOCALE}"]`).getAttribute('href')).toBe(`../../${SOURCE_LOCALE}/present/full.html#/${slideId}`);
      await page.screenshot({ path: join(SHOTS, `${locale}_deck.png`) });
      await close();
    });
  });
}

describe('Cyrillic letters, with those of Kazakh, Kyrgyz, Tajik and Uzbek', () => {
  const LETTERS = 'Торговля людьми ӘәҒғҚқҢңӨөҰұҮүҺһҲҳҶҷӢӣӮӯ';
  for (const path of ['ru/definition.html', 'ru/present/full.html']) {
    it(`render in a font of the site's own font stack on ${path}`, async () => {
      const { page, close } = await visit(site.browser, fileUrl(path), { width: 1280, height: 720 });
      const stack = await page.evaluate((letters) => {
        const probe = document.createElement('p');
        probe.id = 'letters-probe';
        probe.textContent = letters;
        (document.querySelector('main h1, main h2, .reveal .slides section h2')?.parentElement ?? document.body).append(probe);
        return getComputedStyle(probe).fontFamily;
      }, LETTERS);
      const session = await page.context().newCDPSession(page);
      await session.send('DOM.enable');
      await session.send('CSS.enable');
      const { root } = await session.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#letters-probe' });
      // Chromium reports fonts once the probe has been laid out and painted: ask until it has.
      let fonts: { familyName: string; glyphCount: number }[] = [];
      for (let attempt = 0; attempt < 20 && fonts.length === 0; attempt += 1) {
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        ({ fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId }));
      }
      const families = stack.split(',').map((family) => family.trim().replace(/^["']|["']$/g, ''));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(families, `${font.familyName} is not in the stack ${stack}`).toContain(font.familyName);
      const glyphs = fonts.reduce((sum, font) => sum + font.glyphCount, 0);
      expect(glyphs).toBe([...LETTERS].length);
      await close();
    });
  }
});
