/**
 * The region's languages (Uzbek in both scripts, Tajik, Kyrgyz, Kazakh) as their readers meet
 * them: the whole reader's set in each, in its own script and language, leading to the trainer's
 * set in Russian; and every letter of each language drawn by a font the page names (Chromium's
 * platform-fonts report), never by whatever font the system falls back to, or not at all.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasTrainerSet, langTag, LOCALES, TRAINER_FALLBACK_LOCALE } from '../../src/lib/i18n';
import { routes } from '../../src/lib/routes';
import { fontsDrawing } from '../support/fonts';
import { DIST, fileUrl, RELEASE, useBrowser } from '../support/site';

const site = useBrowser();

/** Each language's own letters (and Uzbek Latin's two signs), as the issue lists them. */
const LETTERS: Record<string, string> = {
  uz: 'Oʻ oʻ Gʻ gʻ maʼlumot',
  'uz-cyrl': 'Ў ў Қ қ Ғ ғ Ҳ ҳ',
  tg: 'Ғ ғ Ӣ ӣ Қ қ Ӯ ӯ Ҳ ҳ Ҷ ҷ',
  ky: 'Ң ң Ө ө Ү ү',
  kk: 'Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і',
};
/** The families the page's font stack names (src/styles/site.css), which have all those letters. */
const NAMED_FAMILIES = ['Segoe UI', 'Roboto', 'Noto Sans', 'DejaVu Sans'];
const READER_ONLY = LOCALES.filter((locale) => !hasTrainerSet(locale));

describe("the region's languages", () => {
  it('are the five, each with the reader’s set alone', () => {
    expect(READER_ONLY).toEqual(['kk', 'ky', 'tg', 'uz', 'uz-cyrl']);
    expect(READER_ONLY.map(langTag)).toEqual(['kk', 'ky', 'tg', 'uz', 'uz-Cyrl']);
  });

  for (const locale of READER_ONLY) {
    it(`${locale}: has every page of the reader's set, its reader edition and one-screen version, in its own language, and leads to the trainer's set in Russian`, () => {
      for (const page of [...routes.readersSet(locale), routes.neutral(locale)]) {
        expect(existsSync(join(DIST, page)), page).toBe(true);
        const html = readFileSync(join(DIST, page), 'utf8');
        expect(html, page).toContain(`<html lang="${langTag(locale)}"`);
      }
      for (const file of [routes.singleReader(locale), routes.short(locale), routes.shortText(locale)])
        expect(existsSync(join(RELEASE, file.replace('downloads/', ''))), file).toBe(true);
      for (const page of [routes.trainers(locale), routes.exercises(locale), routes.deck(locale, 'full')])
        expect(existsSync(join(DIST, page)), page).toBe(false);
      const help = readFileSync(join(DIST, routes.help(locale)), 'utf8');
      expect(help).toMatch(new RegExp(`<a href="\\.\\./${TRAINER_FALLBACK_LOCALE}/trainers\\.html"[^>]*hreflang="ru"`));
    });
  }

  it("lists each reader's home country first on the help page", async () => {
    const homes: Record<string, string> = {
      uz: 'help-uzbekistan',
      'uz-cyrl': 'help-uzbekistan',
      tg: 'help-tajikistan',
      ky: 'help-kyrgyzstan',
      kk: 'help-kazakhstan',
    };
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const [locale, id] of Object.entries(homes)) {
      await page.goto(fileUrl(routes.help(locale)));
      expect(await page.locator('#home section.country h3').first().getAttribute('id'), locale).toBe(id);
    }
    await context.close();
  });

  it('draws every letter of each language with a font its page names, on its own pages', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const [locale, letters] of Object.entries(LETTERS)) {
      await page.goto(fileUrl(routes.help(locale)));
      const { stack, fonts } = await fontsDrawing(page, letters, 'main > :last-child');
      expect(fonts.length, locale).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(stack, `${locale}: ${font.familyName} is not in the stack ${stack.join(', ')}`).toContain(font.familyName);
        expect(NAMED_FAMILIES, `${locale}: ${font.familyName}`).toContain(font.familyName);
      }
      // Every letter drawn (spaces too), none left to a fallback.
      expect(
        fonts.reduce((sum, font) => sum + font.glyphCount, 0),
        locale,
      ).toBe([...letters].length);
    }
    await context.close();
  });
});
