// The kit's A4 PDFs, printed by Chromium (Debian's, through playwright-core) from the built site
// at the end of `npm run build` (astro.config.mjs), for every language of the trainer's set:
//   - seminar-slides-<locale>.pdf: the session deck, one slide to each A4 landscape page;
//   - seminar-handout-<locale>.pdf: the same slides small, each with its speaker notes, two or
//     more to each A4 portrait page (the deck's `?handout`);
//   - exercise-cards-<locale>.pdf: the exercises page printed: a card for each case, to cut out,
//     then the answer key on a page of its own;
//   - short-card-<locale>.pdf: the one-screen card.
// Each is laid out by the kit's own print styles (src/styles/deck-print.css, src/styles/site.css)
// with page numbers. On paper a link does nothing, and a link printed from disk would carry the
// builder's file:// path: every link but a phone number (tel:) and an https:// address is removed
// before printing. Chromium dates a PDF from the clock: its /CreationDate and /ModDate are
// rewritten, at the same length, from SOURCE_DATE_EPOCH, so two builds give the same bytes.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { routes, type PdfKind } from '../src/lib/routes.ts';

/** What each PDF is printed from, and how. */
const SOURCES: Record<PdfKind, (locale: string) => { path: string; query?: string; deck?: boolean }> = {
  'seminar-slides': (locale) => ({ path: routes.deck(locale, 'session'), deck: true }),
  'seminar-handout': (locale) => ({ path: routes.deck(locale, 'session'), query: '?handout', deck: true }),
  'exercise-cards': (locale) => ({ path: routes.exercises(locale) }),
  'short-card': (locale) => ({ path: routes.short(locale) }),
};

/** `D:YYYYMMDDHHmmSS+00'00'`, the PDF date of a moment (UTC). */
export function pdfDate(seconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/**
 * The PDF's /CreationDate and /ModDate set to `seconds`. The new dates have the length of the
 * old ones, so the file's cross-reference offsets stay right; a date of another form stops the
 * build rather than break the file.
 */
export function datePdf(pdf: Buffer, seconds: number): Buffer {
  const text = pdf.toString('latin1');
  const date = pdfDate(seconds);
  let found = 0;
  const dated = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_whole, key: string, old: string) => {
    found += 1;
    if (old.length !== date.length) throw new Error(`A PDF's ${key} "${old}" is not of the form ${date}: cannot rewrite it in place`);
    return `/${key} (${date})`;
  });
  if (found === 0) throw new Error('The PDF has no /CreationDate to set: has Chromium changed how it writes PDFs?');
  return Buffer.from(dated, 'latin1');
}

async function printOne(page: Page, url: string, deck: boolean): Promise<Buffer> {
  await page.goto(url);
  if (deck) await page.waitForFunction(() => window.Reveal?.isReady());
  await page.evaluate(() => {
    document.querySelectorAll('a[href]').forEach((link) => {
      if (!/^(tel:|https:)/.test(link.getAttribute('href') ?? '')) link.removeAttribute('href');
    });
  });
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
}

/** Prints every PDF of `locales` from the built site in `dist` into its downloads/ folder; returns their paths. */
export async function printKit(dist: string, locales: readonly string[], seconds: number, browser?: Browser): Promise<string[]> {
  const own = browser ?? (await launchChromium());
  const written: string[] = [];
  try {
    const page = await own.newPage();
    for (const locale of locales) {
      for (const [kind, source] of Object.entries(SOURCES) as [PdfKind, (typeof SOURCES)[PdfKind]][]) {
        const { path, query = '', deck = false } = source(locale);
        const file = join(dist, path);
        if (!existsSync(file)) throw new Error(`Cannot print ${routes.pdf(locale, kind)}: ${path} was not built`);
        const pdf = await printOne(page, `${pathToFileURL(file).href}${query}`, deck);
        writeFileSync(join(dist, routes.pdf(locale, kind)), datePdf(pdf, seconds));
        written.push(routes.pdf(locale, kind));
      }
    }
    await page.close();
  } finally {
    if (!browser) await own.close();
  }
  return written;
}
