import { ContentError } from './content-error';
import { parseSlideEntryId } from './entry-id';

/** Where an entry sits in the seed: the file it comes from and the seed slide it renders. */
export interface PlacedEntry {
  file: string;
  seedSlide: number;
}

/** The seed has 16 slides: the title slide, then 15. */
export const SEED_SLIDE_COUNT = 16;

/**
 * Checks that the entries of one locale render each of the seed's slides exactly once:
 * a `seedSlide` used twice, or a slide with no entry, stops the build with the file named.
 */
export function checkSeedSlideCoverage(entries: readonly PlacedEntry[], locale: string): void {
  const byslide = new Map<number, PlacedEntry>();
  for (const entry of entries) {
    const earlier = byslide.get(entry.seedSlide);
    if (earlier) {
      throw new ContentError(entry.file, 'seedSlide', `${entry.seedSlide} is also used by ${earlier.file}; each seed slide has one entry per locale`);
    }
    byslide.set(entry.seedSlide, entry);
  }
  for (let slide = 1; slide <= SEED_SLIDE_COUNT; slide += 1) {
    if (!byslide.has(slide)) {
      throw new ContentError(`content/*/${locale}/`, 'seedSlide', `no entry renders seed slide ${slide} in locale "${locale}"`);
    }
  }
}

/** A topic entry: its id (`en/01-working-definition`), its file, and its `order` frontmatter. */
export interface OrderedEntry {
  id: string;
  file: string;
  order: number;
}

/**
 * Checks a topic's entries of one locale: each file is named `NN-slug.mdx`, its `order` is its
 * `NN`, and no two entries share a place. Returns them in topic order.
 */
export function sortTopicEntries<T extends OrderedEntry>(entries: readonly T[]): T[] {
  const seen = new Map<number, T>();
  for (const entry of entries) {
    const name = parseSlideEntryId(entry.id);
    if (!name) throw new ContentError(entry.file, 'file name', 'must be <locale>/NN-slug.mdx, e.g. en/01-working-definition.mdx');
    if (name.position !== entry.order) {
      throw new ContentError(entry.file, 'order', `is ${entry.order} but the file name starts with ${String(name.position).padStart(2, '0')}; make them agree`);
    }
    const earlier = seen.get(entry.order);
    if (earlier) throw new ContentError(entry.file, 'order', `${entry.order} is also used by ${earlier.file}`);
    seen.set(entry.order, entry);
  }
  return [...entries].sort((a, b) => a.order - b.order);
}
