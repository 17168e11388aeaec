/**
 * The presentation's content, read from the collections and checked as a whole. Pages call these
 * instead of `getCollection`, so every page build runs the same checks (a seed slide used twice or
 * missing, a topic order that disagrees with its file name) and fails with the file named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { TOPICS, type Topic } from '../lib/topics';
import { localeOfEntryId, parseSlideEntryId } from '../lib/entry-id';
import { checkSeedSlideCoverage, sortTopicEntries, type PlacedEntry } from '../lib/seed-slides';
import { ContentError } from '../lib/content-error';

export type SlideEntry = CollectionEntry<Topic>;

function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  return entry.filePath ?? entry.id;
}

function inLocale<T extends { id: string }>(entries: T[], locale: string): T[] {
  return entries.filter((entry) => localeOfEntryId(entry.id) === locale);
}

/** The entries of one topic in one locale, in topic order. */
export async function getTopicSlides(topic: Topic, locale: string): Promise<SlideEntry[]> {
  await checkPresentation(locale);
  const entries = inLocale(await getCollection(topic), locale);
  return sortTopicEntries(entries.map((entry) => ({ ...entry, file: fileOf(entry), order: entry.data.order })));
}

/** The id of a slide's section on its topic page (the slug of its file name). */
export function sectionId(entry: SlideEntry): string {
  const name = parseSlideEntryId(entry.id);
  if (!name) throw new ContentError(fileOf(entry), 'file name', 'must be <locale>/NN-slug.mdx');
  return name.slug;
}

export async function getCover(locale: string): Promise<CollectionEntry<'cover'>> {
  const [cover, ...others] = inLocale(await getCollection('cover'), locale);
  if (!cover || others.length > 0) {
    throw new ContentError(`content/cover/${locale}/`, 'seedSlide', `needs exactly one title-slide entry, found ${others.length + (cover ? 1 : 0)}`);
  }
  return cover;
}

export async function getInstruments(): Promise<CollectionEntry<'instruments'>[]> {
  return (await getCollection('instruments')).sort((a, b) => a.data.seedSlide - b.data.seedSlide);
}

export async function getVictimsAssisted(): Promise<CollectionEntry<'victimsAssisted'>> {
  const [table, ...others] = await getCollection('victimsAssisted');
  if (!table || others.length > 0) throw new ContentError('content/victims-assisted/', 'file', 'needs exactly one table');
  return table;
}

export async function getPage(locale: string, name: string): Promise<CollectionEntry<'pages'>> {
  const page = (await getCollection('pages')).find((entry) => entry.id === `${locale}/${name}`);
  if (!page) throw new ContentError(`content/pages/${locale}/${name}.mdx`, 'file', `is missing for locale "${locale}"`);
  return page;
}

export async function getExplainers(topic: Topic, locale: string): Promise<CollectionEntry<'explainers'>[]> {
  return inLocale(await getCollection('explainers'), locale).filter((entry) => entry.data.topic === topic);
}

const checked = new Map<string, Promise<void>>();

/** Every seed slide has exactly one entry in this locale, counting the language-neutral tables. */
export function checkPresentation(locale: string): Promise<void> {
  let check = checked.get(locale);
  if (!check) {
    check = (async () => {
      const placed: PlacedEntry[] = [];
      const add = (entry: { filePath?: string | undefined; id: string; data: { seedSlide: number } }) =>
        placed.push({ file: fileOf(entry), seedSlide: entry.data.seedSlide });
      for (const topic of TOPICS) inLocale(await getCollection(topic), locale).forEach(add);
      inLocale(await getCollection('cover'), locale).forEach(add);
      (await getCollection('instruments')).forEach(add);
      (await getCollection('victimsAssisted')).forEach(add);
      checkSeedSlideCoverage(placed, locale);
    })();
    checked.set(locale, check);
  }
  return check;
}
