// The kit for the offline libraries people already use, written into the built site's downloads/
// (so the hosted site offers them) and from there into release/, never into the offline zip
// (scripts/release.ts): a ZIM for Kiwix, an HTML5 app zip for Kolibri and a SCORM 1.2 package per
// language of the reader's set, and editable PowerPoint decks per language of the trainer's set.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildZim } from './zim.ts';
import { kolibriZip, scormZip } from './html5.ts';
import { buildPptx } from './pptx.ts';
import { kolibriFile, pptxFile, scormFile, ZIM_FILE } from '../../src/lib/package-files.ts';
import type { KitCode } from '../csp.ts';

export interface PackageOptions {
  dist: string;
  readerLocales: readonly string[];
  trainerLocales: readonly string[];
  /** Who makes the files: the organisation in the settings, or the kit. */
  publisher: string;
  /** The reader edition's title in each language (the packages' titles). */
  titles: Readonly<Record<string, string>>;
  modified: Date;
  kit: KitCode;
  browser: Browser;
}

/** Writes every package into `dist/downloads/`; returns what it wrote, and what it could not. */
export async function buildPackages(options: PackageOptions): Promise<{ files: string[]; skipped: string[] }> {
  const { dist, readerLocales, trainerLocales, publisher, titles, modified, kit, browser } = options;
  const downloads = join(dist, 'downloads');
  const files: string[] = [];
  const skipped: string[] = [];
  const write = (name: string, data: Buffer) => {
    writeFileSync(join(downloads, name), data);
    files.push(name);
  };
  const zim = buildZim(dist, downloads, readerLocales, publisher);
  if (zim.file) {
    files.push(ZIM_FILE);
    // Not byte-reproducible (zimwriterfs gives every file a fresh id and date): its own checksum.
    const sum = `${createHash('sha256').update(readFileSync(zim.file)).digest('hex')}  ${ZIM_FILE}\n`;
    write(`${ZIM_FILE}.sha256`, Buffer.from(sum, 'utf8'));
  } else if (zim.skipped) skipped.push(zim.skipped);
  for (const locale of readerLocales) {
    write(kolibriFile(locale), kolibriZip(dist, locale, modified));
    write(scormFile(locale), scormZip(dist, locale, titles[locale] ?? '', modified, kit));
  }
  for (const locale of trainerLocales) {
    for (const deck of ['full', 'session'] as const) write(pptxFile(locale, deck), await buildPptx(browser, dist, locale, deck, publisher, modified));
  }
  return { files: files.sort(), skipped };
}
