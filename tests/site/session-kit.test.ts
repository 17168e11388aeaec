/**
 * The trainer's session kit (#18): the session deck paced from the plan, the plan's steps linked
 * to their slides, the title slides' credits, the A4 PDFs in release/ and in the zip, the
 * trainers page's list of files with their sizes; and, with no site address in the settings (the
 * kit as this project ships it), no canonical link, absolute alternate or sitemap anywhere. With
 * an organisation and a site address set, tests/build/third-locale.test.ts builds a copy.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, RELEASE, builtPages, fileUrl, unzipped, useBrowser } from '../support/site';
import { builtHtml as html, wordsOf } from '../support/html';
import { PDF_KINDS, routes } from '../../src/lib/routes';
import { TRAINER_LOCALES as LOCALES } from '../../src/lib/i18n';
import { fileSizeText } from '../../scripts/lib/file-sizes.ts';
import { pdfDate } from '../../scripts/print-kit.ts';
import { sourceDateEpoch } from '../../scripts/lib/source-date.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

const site = useBrowser();

/** A PDF's pages, each as its width and height in points (from the file itself). */
function pdfPages(file: string): { width: number; height: number }[] {
  const text = readFileSync(file, 'latin1');
  return [...text.matchAll(/\/Type \/Page\b[\s\S]*?\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}
const isA4 = ({ width, height }: { width: number; height: number }, landscape: boolean) =>
  Math.round(landscape ? height : width) === 595 && Math.round(landscape ? width : height) === 842;

describe('the session deck', () => {
  it('opens on the title slide, then step by step; the speaker view paces it, slide by slide', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(fileUrl('en/present/session.html'));
    await page.waitForFunction(() => window.Reveal?.isReady());
    const slides = await page.$$eval('.slides > section', (all) => all.map((s) => ({ id: s.id, timing: Number(s.getAttribute('data-timing')) })));
    expect(slides[0]!.id).toBe('title');
    expect(slides.at(-1)!.id).toBe('help');
    expect(slides.filter((s) => s.id.startsWith('step-')).map((s) => s.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'step-7']);
    // Every seed slide, the law's slides and the plan's cases, each once.
    for (const id of ['slide-2', 'slide-16', 'law-consent', 'case-1', 'case-10-answer'])
      expect(
        slides.filter((s) => s.id === id),
        id,
      ).toHaveLength(1);
    // The plan's 90 minutes, shared among the slides of each step.
    expect(slides.reduce((sum, s) => sum + s.timing, 0)).toBe(90 * 60);
    expect(slides.every((s) => s.timing > 0)).toBe(true);
    const popup = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popup;
    await speaker.waitForFunction(() => {
      const pacing = document.querySelector('.speaker-controls-time .pacing');
      return pacing && getComputedStyle(pacing).display !== 'none' && /ahead|on-track|behind/.test(pacing.className);
    });
    expect(await speaker.locator('.pacing-title').innerText()).toMatch(/pacing/i);
    await page.context().close();
  });

  it('is where each step of the session plan leads, in both languages', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const locale of LOCALES) {
      const plan = html(`${locale}/session-plan.html`);
      const links = [...plan.matchAll(/href="(present\/session\.html#\/(step-\d+))"/g)];
      expect(
        links.map((m) => m[2]),
        locale,
      ).toEqual(['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'step-7']);
      for (const [, href, id] of links) {
        await page.goto(new URL(href!, fileUrl(`${locale}/session-plan.html`)).href);
        await page.waitForFunction(() => window.Reveal?.isReady());
        expect(await page.evaluate(() => window.Reveal!.getCurrentSlide()?.id), href).toBe(id);
      }
    }
    await page.close();
  });
});

describe('the title slides', () => {
  it("say the kit is based on IOM's presentation and is not IOM's, in the deck's language; the kit's version is on the last slide", () => {
    const basedOn = {
      en: 'Based on an IOM presentation (c. 2004) — not an IOM publication.',
      ru: 'По материалам презентации МОМ (около 2004 г.). Это не издание МОМ.',
    };
    for (const locale of LOCALES) {
      for (const deck of ['full', 'basics', 'exercises', 'session']) {
        const page = html(`${locale}/present/${deck}.html`);
        const first = page.slice(page.indexOf('<section'), page.indexOf('</section>'));
        expect(wordsOf(first), `${locale}/${deck}`).toContain(basedOn[locale as 'en' | 'ru']);
        expect(first, `${locale}/${deck}`).not.toMatch(/0\.1\.0/);
        const last = page.slice(page.lastIndexOf('<section'));
        expect(last, `${locale}/${deck}`).toMatch(/class="kit-version deck-foot"[^>]*>[^<]*\d+\.\d+\.\d+/);
      }
    }
  });
});

describe('the PDFs', () => {
  const epoch = sourceDateEpoch(process.env, PROJECT_ROOT);
  for (const locale of LOCALES) {
    it(`${locale}: each is A4, in release/ and in the zip, dated from SOURCE_DATE_EPOCH, with no file:// or path of the builder's disk`, () => {
      for (const kind of PDF_KINDS) {
        const name = routes.pdf(locale, kind).slice('downloads/'.length);
        const file = join(RELEASE, name);
        const pages = pdfPages(file);
        expect(pages.length, name).toBeGreaterThan(0);
        for (const page of pages)
          expect(isA4(page, kind === 'seminar-slides' || kind === 'seminar-handout'), `${name}: ${page.width}×${page.height}`).toBe(true);
        const text = readFileSync(file, 'latin1');
        expect(text, name).not.toContain('file://');
        expect(text, name).not.toContain(PROJECT_ROOT);
        expect(text, name).toContain(`/CreationDate (${pdfDate(epoch)})`);
        expect(readFileSync(join(unzipped(), 'downloads', name)).equals(readFileSync(file)), `${name} in the zip`).toBe(true);
      }
      const slides = pdfPages(join(RELEASE, `seminar-slides-${locale}.pdf`)).length;
      const deckSlides = (html(`${locale}/present/session.html`).match(/<section /g) ?? []).length;
      expect(slides).toBe(deckSlides);
      // The handout: two slides or more to a page, each with its notes.
      expect(pdfPages(join(RELEASE, `seminar-handout-${locale}.pdf`)).length).toBeLessThanOrEqual(Math.ceil(deckSlides / 2));
      // The one-screen card is one page.
      expect(pdfPages(join(RELEASE, `short-card-${locale}.pdf`))).toHaveLength(1);
    });
  }

  it('the trainers page offers every file with its size, as the files are', () => {
    for (const locale of LOCALES) {
      const page = html(`${locale}/trainers.html`);
      const sizes = [...page.matchAll(/data-file-size="([^"]+)"[^>]*>([^<]*)</g)];
      const named = sizes.map((m) => m[1]);
      for (const kind of PDF_KINDS) expect(named, locale).toContain(routes.pdf(locale, kind));
      expect(named).toContain(routes.offlineZip());
      for (const [, file, shown] of sizes) {
        expect(existsSync(join(DIST, file!)), file).toBe(true);
        expect(shown, `${locale}: ${file}`).toBe(fileSizeText(statSync(join(DIST, file!)).size, locale === 'en' ? 'en-GB' : locale));
      }
    }
  });
});

describe('with no site address in the settings', () => {
  it('no page has a canonical link or an absolute alternate, there is no sitemap, and no deck or card a QR code', () => {
    for (const path of builtPages()) {
      const page = html(path);
      expect(page, path).not.toContain('rel="canonical"');
      expect(page, path).not.toMatch(/hreflang="[^"]+" href="https?:/);
      expect(page, path).not.toContain('class="qr-code"');
    }
    expect(readdirSync(DIST).filter((file) => file.startsWith('sitemap'))).toEqual([]);
  });
});
