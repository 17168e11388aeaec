/**
 * The presentation's content, read from the collections and checked as a whole. Pages and decks
 * call these instead of `getCollection`, so every build runs the same checks (a seed slide used
 * twice or missing, a topic order that disagrees with its file name, a data slide without its
 * table) and fails with the file named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { TOPICS, type Topic } from '../lib/topics';
import { localeOfEntryId, parseSlideEntryId } from '../lib/entry-id';
import { checkSeedSlideCoverage, sortTopicEntries } from '../lib/seed-slides';
import { ContentError } from '../lib/content-error';
import { checkLocaleCoverage, type LocatedEntry } from '../lib/locale-coverage';
import { LOCALES, SOURCE_LOCALE } from '../lib/i18n';

export type SlideEntry = CollectionEntry<Topic>;

/** One slide of a deck, in the seed's order; each kind is drawn by its own component. */
export type DeckSlide =
  | { kind: 'cover'; seedSlide: number; file: string; entry: CollectionEntry<'cover'> }
  | { kind: 'text'; seedSlide: number; file: string; topic: Topic; entry: SlideEntry }
  | { kind: 'instrument'; seedSlide: number; file: string; notes: CollectionEntry<'dataSlides'>; instrument: CollectionEntry<'instruments'> }
  | { kind: 'victims'; seedSlide: number; file: string; notes: CollectionEntry<'dataSlides'>; table: CollectionEntry<'victimsAssisted'> };

export function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  return entry.filePath ?? entry.id;
}

/** The entries of one locale (the folder their id starts with). */
export function ofLocale<T extends { id: string }>(entries: T[], locale: string): T[] {
  return entries.filter((entry) => localeOfEntryId(entry.id) === locale);
}

/** The id of a slide's section on its topic page (the slug of its file name). */
export function sectionId(entry: SlideEntry): string {
  const name = parseSlideEntryId(entry.id);
  if (!name) throw new ContentError(fileOf(entry), 'file name', 'must be <locale>/NN-slug.mdx');
  return name.slug;
}

export async function getInstruments(): Promise<CollectionEntry<'instruments'>[]> {
  return (await getCollection('instruments')).sort((a, b) => a.data.seedSlide - b.data.seedSlide);
}

export async function getVictimsAssisted(): Promise<CollectionEntry<'victimsAssisted'>> {
  const [table, ...others] = await getCollection('victimsAssisted');
  if (!table || others.length > 0) throw new ContentError('content/victims-assisted/', 'file', 'needs exactly one table');
  return table;
}

/** Entries of a numbered collection (`NN-slug`), checked, in the order their file names give. */
export function inFileOrder<T extends { id: string; filePath?: string | undefined; data: { order: number } }>(entries: T[]): T[] {
  return sortTopicEntries(entries.map((entry) => ({ ...entry, file: fileOf(entry), order: entry.data.order })));
}

async function readTopicSlides(topic: Topic, locale: string): Promise<DeckSlide[]> {
  return inFileOrder(ofLocale(await getCollection(topic), locale)).map((entry) => ({ kind: 'text', seedSlide: entry.data.seedSlide, file: fileOf(entry), topic, entry }));
}

async function readDataSlides(locale: string): Promise<DeckSlide[]> {
  const instruments = await getInstruments();
  const victims = await getVictimsAssisted();
  return ofLocale(await getCollection('dataSlides'), locale).map((notes): DeckSlide => {
    const { seedSlide } = notes.data;
    const file = fileOf(notes);
    const instrument = instruments.find((entry) => entry.data.seedSlide === seedSlide);
    if (instrument) return { kind: 'instrument', seedSlide, file, notes, instrument };
    if (victims.data.seedSlide === seedSlide) return { kind: 'victims', seedSlide, file, notes, table: victims };
    throw new ContentError(file, 'seedSlide', `${seedSlide} is not the seedSlide of any table in content/instruments/ or content/victims-assisted/`);
  });
}

/** Every MDX entry of every language, for the checks across languages. */
async function allTextEntries(): Promise<(LocatedEntry & { collection: string })[]> {
  const collections = [...TOPICS, 'cover', 'dataSlides', 'pages', 'explainers', 'scenarios', 'sessionPlan', 'glossary'] as const;
  const lists = await Promise.all(
    collections.map(async (collection) =>
      (await getCollection(collection)).map((entry) => ({ collection, id: entry.id, file: fileOf(entry), reviewed: entry.data.reviewed })),
    ),
  );
  return lists.flat();
}

let localesChecked: Promise<void> | undefined;

/** Each entry of the source language has its translation in every language, and each translation says whether it was reviewed. */
export function checkLocales(): Promise<void> {
  localesChecked ??= allTextEntries().then((entries) => {
    for (const collection of new Set(entries.map((entry) => entry.collection))) {
      checkLocaleCoverage(
        entries.filter((entry) => entry.collection === collection),
        LOCALES,
        SOURCE_LOCALE,
      );
    }
  });
  return localesChecked;
}

/** The translated entries of a locale that no native speaker has reviewed yet (for the trainers' page). */
export async function getEntriesAwaitingReview(locale: string): Promise<LocatedEntry[]> {
  return (await allTextEntries()).filter((entry) => localeOfEntryId(entry.id) === locale && entry.reviewed === false);
}

/** True when any of these entries is a translation still awaiting review. */
export function awaitsReview(entries: readonly { data: { reviewed?: boolean | undefined } }[]): boolean {
  return entries.some((entry) => entry.data.reviewed === false);
}

const fullDecks = new Map<string, Promise<DeckSlide[]>>();

/**
 * All 16 slides of the seed in one locale, in the seed's order, checked: each seed slide has
 * exactly one entry. Read once per locale and build.
 */
export function getFullDeck(locale: string): Promise<DeckSlide[]> {
  let deck = fullDecks.get(locale);
  if (!deck) {
    deck = (async () => {
      await checkLocales();
      const covers = ofLocale(await getCollection('cover'), locale).map(
        (entry): DeckSlide => ({ kind: 'cover', seedSlide: entry.data.seedSlide, file: fileOf(entry), entry }),
      );
      const topicSlides = (await Promise.all(TOPICS.map((topic) => readTopicSlides(topic, locale)))).flat();
      const slides = [...covers, ...topicSlides, ...(await readDataSlides(locale))];
      checkSeedSlideCoverage(slides, locale);
      return slides.sort((a, b) => a.seedSlide - b.seedSlide);
    })();
    fullDecks.set(locale, deck);
  }
  return deck;
}

/** A topic's deck in one locale: its slides in topic order (the order of its page). */
export async function getTopicDeck(topic: Topic, locale: string): Promise<DeckSlide[]> {
  await getFullDeck(locale);
  return readTopicSlides(topic, locale);
}

/** The entries of one topic in one locale, in topic order. */
export async function getTopicSlides(topic: Topic, locale: string): Promise<SlideEntry[]> {
  return (await getTopicDeck(topic, locale)).flatMap((slide) => (slide.kind === 'text' ? [slide.entry] : []));
}

export async function getCover(locale: string): Promise<CollectionEntry<'cover'>> {
  const slide = (await getFullDeck(locale)).find((entry) => entry.kind === 'cover');
  if (slide?.kind !== 'cover') throw new ContentError(`content/cover/${locale}/`, 'seedSlide', 'has no title slide');
  return slide.entry;
}

export async function getPage(locale: string, name: string): Promise<CollectionEntry<'pages'>> {
  await checkLocales();
  const page = (await getCollection('pages')).find((entry) => entry.id === `${locale}/${name}`);
  if (!page) throw new ContentError(`content/pages/${locale}/${name}.md`, 'file', `is missing for locale "${locale}" (as .md, or .mdx if it uses a component)`);
  return page;
}

export async function getExplainers(topic: Topic, locale: string): Promise<CollectionEntry<'explainers'>[]> {
  return ofLocale(await getCollection('explainers'), locale).filter((entry) => entry.data.topic === topic);
}
