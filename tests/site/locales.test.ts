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
import { builtPages, crawl, DIST, fileUrl, isNeutral, useBrowser } from '../support/site';
import { screenshot } from '../support/screenshots';
import { visit } from '../support/visit';
import { fontsDrawing } from '../support/fonts';
import { dictionaries, hasTrainerSet, langTag, LOCALES, SOURCE_LOCALE, TRAINER_LOCALES } from '../../src/lib/i18n';
import { routes } from '../../src/lib/routes';

const site = useBrowser();
const pages = builtPages();
const inSource = pages.filter((path) => path.startsWith(`${SOURCE_LOCALE}/`));
const OTHERS = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

describe('the languages', () => {
  it("are English and Russian with both sets, and the region's five with the reader's set", () => {
    expect(LOCALES).toEqual(['en', 'kk', 'ky', 'ru', 'tg', 'uz', 'uz-cyrl']);
    expect(TRAINER_LOCALES).toEqual(['en', 'ru']);
  });

  it("every page and deck exists in every language of its set: the reader's set (and the neutral page) in all", () => {
    const readers = (locale: string) => [...routes.readersSet(locale), routes.neutral(locale)];
    for (const locale of OTHERS) {
      const expected = hasTrainerSet(locale) ? inSource.map((path) => `${locale}/${path.slice(3)}`) : readers(locale);
      for (const path of expected) expect(existsSync(join(DIST, path)), path).toBe(true);
      expect(pages.filter((path) => path.startsWith(`${locale}/`))).toHaveLength(expected.length);
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

    it('are marked as their language, offer the same page in the others, and show no English interface text', () => {
      // (The neutral page offers no other language: it says nothing of the kit.)
      const crawled = crawl().pages.filter((page) => localePages.includes(page.path) && !page.deck && !isNeutral(page.path));
      expect(crawled.length).toBeGreaterThan(10);
      for (const { path, lang, alternates, languageLinks, ownText } of crawled) {
        expect(lang, path).toBe(langTag(locale));
        const sourcePath = relative(join(path, '..'), `${SOURCE_LOCALE}/${path.slice(locale.length + 1)}`);
        expect(alternates, path).toContainEqual([SOURCE_LOCALE, sourcePath]);
        expect(languageLinks, path).toContainEqual({ hreflang: SOURCE_LOCALE, href: sourcePath, lang: SOURCE_LOCALE });
        // The title and the visible text, without passages marked as another language (a
        // quotation) and without file names (the trainers' list of entries to review).
        for (const phrase of english) expect(ownText, `${path}: "${phrase}"`).not.toContain(phrase);
      }
    });

    // The treaties page and the decks are of the trainer's set: in its languages only.
    if (hasTrainerSet(locale)) {
      it('write dates and numbers as the locale does, through Intl (the treaties page)', async () => {
        const { page, close } = await visit(site.browser, fileUrl(`${locale}/agreements.html`), { width: 1024, height: 800 });
        const expected = new Intl.DateTimeFormat(dictionaries[locale]!.intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2000, 11, 13)),
        );
        expect(await page.locator('time[datetime="2000-12-13"]').first().innerText()).toBe(expected);
        if (locale === 'ru') expect(expected).toBe('13 декабря 2000 г.');
        await screenshot(page, `${locale}_agreements-1024`, { fullPage: true });
        await close();
      });

      it("the deck's language switch leads to the same slide in the other language", async () => {
        const { page, close } = await visit(site.browser, `${fileUrl(`${locale}/present/full.html`)}#/slide-5`, { width: 1280, height: 720 });
        await page.waitForFunction(() => window.Reveal?.isReady());
        const href = await page.locator(`.language-switch a[hreflang="${SOURCE_LOCALE}"]`).getAttribute('href');
        expect(href).toBe(`../../${SOURCE_LOCALE}/present/full.html#/slide-5`);
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        const slideId = await page.evaluate(() => window.Reveal!.getCurrentSlide().id);
        expect(await page.locator(`.language-switch a[hreflang="${SOURCE_LOCALE}"]`).getAttribute('href')).toBe(
          `../../${SOURCE_LOCALE}/present/full.html#/${slideId}`,
        );
        await screenshot(page, `${locale}_deck`);
        await close();
      });
    }
  });
}

describe('Cyrillic letters, with those of Kazakh, Kyrgyz, Tajik and Uzbek', () => {
  const LETTERS = 'Торговля людьми ӘәҒғҚқҢңӨөҰұҮүҺһҲҳҶҷӢӣӮӯ';
  for (const path of ['ru/basics.html', 'ru/present/full.html']) {
    it(`render in a font of the site's own font stack on ${path}`, async () => {
      const { page, close } = await visit(site.browser, fileUrl(path), { width: 1280, height: 720 });
      const { stack, fonts } = await fontsDrawing(page, LETTERS, 'main h1, main h2, .reveal .slides section h2');
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(stack, `${font.familyName} is not in the stack ${stack.join(', ')}`).toContain(font.familyName);
      const glyphs = fonts.reduce((sum, font) => sum + font.glyphCount, 0);
      expect(glyphs).toBe([...LETTERS].length);
      await close();
    });
  }
});
