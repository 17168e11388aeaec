/**
 * Reads the seed (seeds/000_affa60f4d2264acc.txt) as the presentation it is, so tests can compare
 * the site's content with it value by value. The seed is plain text: slides are separated by three
 * empty lines; the title slide spans the first three such blocks (its three lines of type); a
 * "Counter Trafficking" heading may stand above a slide's title; bullets are marked "- ", "■ " or
 * "□ ", except "Migration element", which has no mark but is an item of its slide's list; tables
 * are tab-separated, with an empty cell where the seed has no value.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_FILE = fileURLToPath(new URL('../../seeds/000_affa60f4d2264acc.txt', import.meta.url));

export interface SeedTable {
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

export interface SeedSlide {
  number: number;
  runningHead?: string;
  title: string;
  items: string[];
  paragraphs: string[];
  table?: SeedTable;
}

export interface SeedTitleSlide {
  organization: string;
  tagline: string;
  title: string;
}

const BULLET = /^(?:- |■ |□ )/;
const RUNNING_HEADS = ['Counter Trafficking', 'International Instruments'];

function lines(block: string): string[] {
  return block.split('\n').filter((line) => line.trim() !== '');
}

function parseTable(tableLines: string[]): SeedTable {
  const [header, ...rows] = tableLines as [string, ...string[]];
  const columns = header.split('\t').slice(1);
  return {
    columns,
    rows: rows.map((row) => {
      const [label, ...cells] = row.split('\t');
      return { label: label!.trim(), cells: columns.map((_, i) => (cells[i] ?? '').trim()) };
    }),
  };
}

function parseSlide(block: string, number: number): SeedSlide {
  const all = lines(block);
  const runningHead = RUNNING_HEADS.includes(all[0]!) && all.length > 2 ? all.shift() : undefined;
  const title = all.shift()!;
  const slide: SeedSlide = { number, title, items: [], paragraphs: [], ...(runningHead ? { runningHead } : {}) };
  if (all.some((line) => line.includes('\t'))) {
    slide.table = parseTable(all);
  } else if (all.some((line) => BULLET.test(line))) {
    slide.items = all.map((line) => line.replace(BULLET, '').trim());
  } else {
    slide.paragraphs = all.map((line) => line.trim());
  }
  return slide;
}

export interface Seed {
  titleSlide: SeedTitleSlide;
  /** Slides 2 to 16, by number. */
  slides: SeedSlide[];
}

export function parseSeed(text: string = readFileSync(SEED_FILE, 'utf8')): Seed {
  const blocks = text.replace(/\r\n/g, '\n').split(/\n{4,}/);
  const [organization, tagline, titleBlock, ...rest] = blocks as [string, string, string, ...string[]];
  return {
    titleSlide: {
      organization: organization.trim(),
      tagline: tagline.trim(),
      title: lines(titleBlock)
        .map((line) => line.trim())
        .join(' '),
    },
    slides: rest.map((block, index) => parseSlide(block, index + 2)),
  };
}

/** The seed writes dates as DD.MM.YY, all in the 2000s: "13.12.00" is 13 December 2000. */
export function seedDateToIso(value: string): string {
  const match = /^(\d{2})\.(\d{2})\.(\d{2})$/.exec(value);
  if (!match) throw new Error(`Not a seed date: ${JSON.stringify(value)}`);
  return `20${match[3]}-${match[2]}-${match[1]}`;
}
