// Editable PowerPoint decks, for organisations that adapt slides in PowerPoint: the full deck
// and the session deck of each language of the trainer's set, made by pptxgenjs (a maintained
// library) from the built decks as Chromium shows them: each slide's heading, text, source and
// notes as text; a treaty slide's status as a real table; a chart as a picture of it. pptxgenjs
// stamps the file with the clock: the zip is written again with SOURCE_DATE_EPOCH's date, so two
// builds give the same bytes.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import pptxgen from 'pptxgenjs';
import { readZip, writeZip } from '../lib/zip.ts';
import { routes, type DeckName } from '../../src/lib/routes.ts';

interface SlideModel {
  kicker: string;
  heading: string;
  blocks: { text: string; bullet: boolean; bold: boolean }[];
  table: string[][] | null;
  chart: string | null;
  source: string;
  notes: string;
}

/**
 * A picture of the chart as it has settled: taken again until two in a row are the same (a page
 * under load may still be laying out), so that the same chart always gives the same bytes.
 */
async function steadyPicture(chart: Locator): Promise<Buffer> {
  let last = await chart.screenshot({ type: 'png', animations: 'disabled', scale: 'css' });
  for (let tries = 0; tries < 8; tries += 1) {
    const next = await chart.screenshot({ type: 'png', animations: 'disabled', scale: 'css' });
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error('A chart never settled into one picture: cannot make the PowerPoint deck reproducibly.');
}

/** Each slide of a built deck, read in Chromium. */
async function readDeck(browser: Browser, url: string): Promise<SlideModel[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.Reveal?.isReady());
    const slides = await page.$$eval('.slides > section', (sections) =>
      sections.map((section) => {
        const text = (element: Element | null, withoutLinks = false) => {
          if (withoutLinks && element) element.querySelectorAll('a').forEach((link) => link.remove());
          return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
        };
        const outside = (element: Element) => !element.closest('aside.notes, details, figure, table, .slide-source, .kicker, .running-head');
        const blocks = [...section.querySelectorAll('h3, p, li, dt, dd')]
          .filter((element) => outside(element) && !element.querySelector('p, li') && !element.closest('h1, h2'))
          .map((element) => ({ text: text(element), bullet: element.tagName === 'LI', bold: element.tagName === 'H3' || element.tagName === 'DT' }))
          .filter((block) => block.text !== '');
        const treaty = section.querySelector('h2.data-title') !== null;
        const table = treaty ? section.querySelector('details.data-table table') : null;
        return {
          id: section.id,
          kicker: text(section.querySelector('.kicker, .running-head')),
          heading: text(section.querySelector('h1, h2')),
          blocks,
          table: table ? [...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => text(cell))) : null,
          hasChart: !treaty && section.querySelector('svg[role="img"]') !== null,
          // The source line without its link back to the page (which leads nowhere from PowerPoint).
          source: text((section.querySelector('.slide-source')?.cloneNode(true) as Element | undefined) ?? null, true),
          // The notes as their paragraphs and list items, each a line.
          notes: [...section.querySelectorAll('aside.notes')]
            .flatMap((notes) => {
              const parts = [...notes.querySelectorAll('p, li')].filter((part) => !part.querySelector('p, li'));
              return parts.length > 0 ? parts.map((part) => text(part)) : [text(notes)];
            })
            .filter(Boolean)
            .join('\n'),
        };
      }),
    );
    const models: SlideModel[] = [];
    for (const [index, { id, hasChart, ...slide }] of slides.entries()) {
      let chart: string | null = null;
      if (hasChart) {
        await page.evaluate(async (i) => {
          window.Reveal!.slide(i);
          await document.fonts.ready;
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        }, index);
        chart = (await steadyPicture(page.locator(`[id="${id}"] svg[role="img"]`).first())).toString('base64');
      }
      models.push({ ...slide, chart });
    }
    return models;
  } finally {
    await page.close();
  }
}

const BLUE = '0A3D6E';
const GREY = '4A4A4A';

/** The deck as an editable .pptx (16:9), dated `modified`. */
export async function buildPptx(
  browser: Browser,
  dist: string,
  locale: string,
  deck: Extract<DeckName, 'full' | 'session'>,
  author: string,
  modified: Date,
): Promise<Buffer> {
  const slides = await readDeck(browser, pathToFileURL(join(dist, routes.deck(locale, deck))).href);
  const pres = new pptxgen();
  pres.layout = 'LAYOUT_WIDE';
  pres.author = author;
  pres.company = author;
  pres.title = slides[0]?.heading ?? '';
  pres.subject = pres.title;
  for (const model of slides) {
    const slide = pres.addSlide();
    if (model.kicker) slide.addText(model.kicker, { x: 0.5, y: 0.25, w: 12.3, h: 0.4, fontSize: 12, bold: true, color: GREY });
    slide.addText(model.heading, { x: 0.5, y: 0.6, w: 12.3, h: 1.0, fontSize: 28, bold: true, color: BLUE, fit: 'shrink' });
    let top = 1.75;
    if (model.chart) {
      slide.addImage({ data: `image/png;base64,${model.chart}`, x: 0.5, y: top, w: 8.6, h: 4.8, sizing: { type: 'contain', w: 8.6, h: 4.8 } });
    } else if (model.table) {
      slide.addTable(
        model.table.map((row, r) => row.map((cell) => ({ text: cell, options: { bold: r === 0, fill: { color: r === 0 ? 'E8EEF4' : 'FFFFFF' } } }))),
        { x: 0.5, y: top, w: 12.3, fontSize: 14, border: { type: 'solid', pt: 0.75, color: '9AA9B8' } },
      );
      top += 0.45 * model.table.length + 0.2;
    }
    if (model.blocks.length > 0) {
      // Beside a chart (its note), or under the heading and any table.
      const box = model.chart ? { x: 9.4, y: top, w: 3.4, h: 4.8, fontSize: 14 } : { x: 0.5, y: top, w: 12.3, h: Math.max(1, 6.7 - top), fontSize: 20 };
      slide.addText(
        model.blocks.map((block) => ({ text: block.text, options: { bullet: block.bullet, bold: block.bold, breakLine: true } })),
        { ...box, valign: 'top', color: '161616', fit: 'shrink' },
      );
    }
    if (model.source) slide.addText(model.source, { x: 0.5, y: 6.9, w: 12.3, h: 0.4, fontSize: 10, color: GREY });
    if (model.notes) slide.addNotes(model.notes);
  }
  const written = (await pres.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  // The same bytes from the same source: the package's dates, and every entry's, from SOURCE_DATE_EPOCH.
  const stamp = modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const entries = readZip(Buffer.from(written)).map(({ name, data }) => ({
    name,
    data:
      name === 'docProps/core.xml'
        ? Buffer.from(data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`), 'utf8')
        : data,
  }));
  return writeZip(entries, modified);
}
