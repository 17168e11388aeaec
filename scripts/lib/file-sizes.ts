// The size of each file the trainers page offers, written into the page once the files exist
// (the PDFs and the zip are made after the pages): each `<span data-file-size="downloads/…">`
// gets the file's size in the page's language ("1.2 MB", "1,2 МБ"), through Intl; an item marked
// `<li data-offered="downloads/…">` is taken out when its file was not made.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1024 * 1024;

/** A file's size as a reader reads it: kilobytes below a megabyte, else megabytes to one decimal. */
export function fileSizeText(bytes: number, locale: string): string {
  if (bytes < MB)
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / MB);
}

const OFFERED_ITEM = /<li\b[^>]*\bdata-offered="([^"]+)"[^>]*>[\s\S]*?<\/li>/g;
const SIZE_SPAN = /(<span[^>]*\bdata-file-size="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;

/**
 * Writes the sizes into `pages` (paths from `dist`): of the files in `dist`, or as `known` gives
 * them (the zip, which holds these pages, is sized after it is made). Returns the files named.
 */
export function fillFileSizes(dist: string, pages: readonly string[], known: Readonly<Record<string, number>> = {}): string[] {
  const named = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const locale = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
    // A file that may not be made (the ZIM, where zim-tools is missing): its line goes when it was not.
    const offered = html.replace(OFFERED_ITEM, (item, file: string) => (file in known || existsSync(join(dist, file)) ? item : ''));
    const filled = offered.replace(SIZE_SPAN, (_whole, open: string, file: string, close: string) => {
      named.add(file);
      const bytes = known[file] ?? statSync(join(dist, file)).size;
      return `${open}${fileSizeText(bytes, locale === 'en' ? 'en-GB' : locale)}${close}`;
    });
    if (filled !== html) writeFileSync(join(dist, page), filled);
  }
  return [...named].sort();
}
