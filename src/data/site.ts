/**
 * The site's content, read from the collections and checked as a whole, once per build. Every
 * route asks for it in its `getStaticPaths` and hands each page its part as props; components
 * receive what they draw. Every check runs here, whichever page the build renders first: a seed
 * slide used twice or missing, a topic order that disagrees with its file name, a translation
 * missing or telling another case, a session plan that does not add up, a glossary term missing.
 * Each stops the build with the file named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-error';
import { localeOfEntryId } from '../lib/entry-id';
import { checkGlossaryTerms } from '../lib/glossary';
import { LOCALES, SOURCE_LOCALE, uiStrings } from '../lib/i18n';
import { checkLocaleCoverage, type LocatedEntry } from '../lib/locale-coverage';
import { checkScenarioSet, translationProblems } from '../lib/scenarios';
import { checkSeedSlideCoverage, sortTopicEntries } from '../lib/seed-slides';
import { checkSessionPlan, stepTimes } from '../lib/session-plan';
import { contactStatus } from '../lib/contact-status';
import { COUNTRIES } from '../lib/countries';
import { TOPICS, type Topic } from '../lib/topics';
import { sourceDateEpoch } from '../../scripts/lib/source-date.ts';
import {
  fileOf,
  type ContactsEntry,
  type CoverEntry,
  type DataSlideEntry,
  type DeckSlide,
  type ExplainerEntry,
  type GlossaryFile,
  type InstrumentEntry,
  type PageEntry,
  type ScenarioEntry,
  type SessionStep,
  type SlideEntry,
  type VictimsEntry,
} from './entries';

/** The pages of our own text, `content/pages/<locale>/<name>.md` (or `.mdx`). */
export const PAGE_NAMES = ['home', 'about', 'browse-safely', 'exercises', 'glossary', 'later-developments', 'session-plan', 'trainers'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export interface TopicContent {
  /** The topic's seed slides, in topic order (the order of its page and of its deck). */
  slides: SlideEntry[];
  /** Plain-language context shown after the slides (the definition in law). */
  explainers: ExplainerEntry[];
}

/** Everything one language of the site shows. */
export interface LocaleContent {
  locale: string;
  cover: CoverEntry;
  pages: Record<PageName, PageEntry>;
  topics: Record<Topic, TopicContent>;
  /** The seed's 16 slides in the seed's order. */
  fullDeck: DeckSlide[];
  /** Each topic's deck: its slides in topic order. */
  topicDecks: Record<Topic, DeckSlide[]>;
  scenarios: ScenarioEntry[];
  sessionPlan: SessionStep[];
  glossary: GlossaryFile;
  /** The translated entries no native speaker has reviewed yet (none in the source language). */
  awaitingReview: LocatedEntry[];
}

/** Everything the site shows, in every language, and the data all languages share. */
export interface SiteContent {
  locales: Record<string, LocaleContent>;
  instruments: InstrumentEntry[];
  victims: VictimsEntry;
  /** Help lines per country, in the seed's order of countries. */
  contacts: ContactsEntry[];
  /** The build's reference date, "YYYY-MM-DD": SOURCE_DATE_EPOCH, else the last commit's date. */
  referenceDate: string;
}

let site: Promise<SiteContent> | undefined;

/** The site's content, read and checked once per build. */
export function getSite(): Promise<SiteContent> {
  site ??= readSite();
  return site;
}

/** One path per locale for a route of `src/pages/[locale]/`, with the props each page gets. */
export async function localePaths<P extends Record<string, unknown>>(props: (content: LocaleContent, site: SiteContent) => P) {
  const content = await getSite();
  return LOCALES.map((locale) => ({ params: { locale }, props: props(content.locales[locale]!, content) }));
}

const ofLocale = <T extends { id: string }>(entries: T[], locale: string): T[] => entries.filter((entry) => localeOfEntryId(entry.id) === locale);

/** Entries of a numbered collection (`NN-slug`), checked, in the order their file names give. */
function inFileOrder<T extends { id: string; filePath?: string | undefined; data: { order: number } }>(entries: T[]): T[] {
  return sortTopicEntries(entries.map((entry) => ({ ...entry, file: fileOf(entry), order: entry.data.order })));
}

async function readSite(): Promise<SiteContent> {
  const [cover, pages, explainers, dataSlides, scenarios, sessionPlan, glossaries, instruments, victimsTables, contacts, ...topicEntries] = await Promise.all([
    getCollection('cover'),
    getCollection('pages'),
    getCollection('explainers'),
    getCollection('dataSlides'),
    getCollection('scenarios'),
    getCollection('sessionPlan'),
    getCollection('glossary'),
    getCollection('instruments'),
    getCollection('victimsAssisted'),
    getCollection('contacts'),
    ...TOPICS.map((topic) => getCollection(topic)),
  ]);
  const topics = Object.fromEntries(TOPICS.map((topic, i) => [topic, topicEntries[i]!])) as Record<Topic, SlideEntry[]>;

  // No silent gaps between languages: every entry of the source language in every other one.
  const textCollections: Record<string, { id: string; filePath?: string | undefined; data: { reviewed?: boolean | undefined } }[]> = {
    ...topics,
    cover,
    dataSlides,
    pages,
    explainers,
    scenarios,
    sessionPlan,
    glossary: glossaries,
  };
  const located = Object.values(textCollections).map((entries) =>
    entries.map((entry) => ({ id: entry.id, file: fileOf(entry), reviewed: entry.data.reviewed })),
  );
  for (const entries of located) checkLocaleCoverage(entries, LOCALES, SOURCE_LOCALE);

  const sortedInstruments = [...instruments].sort((a, b) => a.data.seedSlide - b.data.seedSlide);
  const [victims, ...otherTables] = victimsTables;
  if (!victims || otherTables.length > 0) throw new ContentError('content/victims-assisted/', 'file', 'needs exactly one table');

  const englishScenarios = inFileOrder(ofLocale(scenarios, SOURCE_LOCALE));
  const englishGlossary = glossaries.find((entry) => entry.id === `${SOURCE_LOCALE}/glossary`);

  const locales: Record<string, LocaleContent> = {};
  for (const locale of LOCALES) {
    const topicContent = Object.fromEntries(
      TOPICS.map((topic) => [
        topic,
        { slides: inFileOrder(ofLocale(topics[topic], locale)), explainers: ofLocale(explainers, locale).filter((entry) => entry.data.topic === topic) },
      ]),
    ) as Record<Topic, TopicContent>;
    const localeCover = ofLocale(cover, locale);
    if (localeCover.length !== 1) throw new ContentError(`content/cover/${locale}/`, 'file', `needs exactly one title slide, not ${localeCover.length}`);
    const fullDeck = readFullDeck(locale, localeCover[0]!, topicContent, ofLocale(dataSlides, locale), sortedInstruments, victims);
    const localeScenarios = readScenarios(locale, ofLocale(scenarios, locale), englishScenarios);
    locales[locale] = {
      locale,
      cover: localeCover[0]!,
      pages: readPages(locale, ofLocale(pages, locale)),
      topics: topicContent,
      fullDeck,
      topicDecks: Object.fromEntries(TOPICS.map((topic) => [topic, topicDeck(topic, topicContent[topic])])) as Record<Topic, DeckSlide[]>,
      scenarios: localeScenarios,
      sessionPlan: readSessionPlan(locale, ofLocale(sessionPlan, locale), localeScenarios),
      glossary: readGlossary(locale, glossaries, englishGlossary),
      awaitingReview: locale === SOURCE_LOCALE ? [] : located.flat().filter((entry) => localeOfEntryId(entry.id) === locale && entry.reviewed === false),
    };
  }

  const referenceDate = new Date(sourceDateEpoch(process.env, process.cwd()) * 1000).toISOString().slice(0, 10);
  const sortedContacts = [...contacts].sort((a, b) => COUNTRIES.indexOf(a.data.country) - COUNTRIES.indexOf(b.data.country));
  checkWordsForData(sortedContacts, sortedInstruments);
  warnAboutUnconfirmedContacts(sortedContacts, referenceDate);
  return { locales, instruments: sortedInstruments, victims, contacts: sortedContacts, referenceDate };
}

function readPages(locale: string, entries: PageEntry[]): Record<PageName, PageEntry> {
  const pages: Partial<Record<PageName, PageEntry>> = {};
  for (const entry of entries) {
    const name = entry.id.slice(locale.length + 1);
    if (!(PAGE_NAMES as readonly string[]).includes(name)) {
      throw new ContentError(fileOf(entry), 'file', `is not one of the kit's pages (${PAGE_NAMES.join(', ')}): rename or remove it`);
    }
    pages[name as PageName] = entry;
  }
  for (const name of PAGE_NAMES) {
    if (!pages[name])
      throw new ContentError(`content/pages/${locale}/${name}.md`, 'file', `is missing for locale "${locale}" (as .md, or .mdx if it uses a component)`);
  }
  return pages as Record<PageName, PageEntry>;
}

/** The seed's 16 slides in one locale, in the seed's order, checked: each seed slide has exactly one entry. */
function readFullDeck(
  locale: string,
  cover: CoverEntry,
  topics: Record<Topic, TopicContent>,
  dataSlides: DataSlideEntry[],
  instruments: InstrumentEntry[],
  victims: VictimsEntry,
): DeckSlide[] {
  const textSlides = TOPICS.flatMap((topic) => topicDeck(topic, topics[topic]));
  const tableSlides = dataSlides.map((notes): DeckSlide => {
    const { seedSlide } = notes.data;
    const file = fileOf(notes);
    const instrument = instruments.find((entry) => entry.data.seedSlide === seedSlide);
    if (instrument) return { kind: 'instrument', seedSlide, file, notes, instrument };
    if (victims.data.seedSlide === seedSlide) return { kind: 'victims', seedSlide, file, notes, table: victims };
    throw new ContentError(file, 'seedSlide', `${seedSlide} is not the seedSlide of any table in content/instruments/ or content/victims-assisted/`);
  });
  const slides: DeckSlide[] = [{ kind: 'cover', seedSlide: cover.data.seedSlide, file: fileOf(cover), entry: cover }, ...textSlides, ...tableSlides];
  checkSeedSlideCoverage(slides, locale);
  return slides.sort((a, b) => a.seedSlide - b.seedSlide);
}

function topicDeck(topic: Topic, content: TopicContent): DeckSlide[] {
  return content.slides.map((entry) => ({ kind: 'text', seedSlide: entry.data.seedSlide, file: fileOf(entry), topic, entry }));
}

/** A locale's scenarios in order, checked as a set and against the English originals. */
function readScenarios(locale: string, entries: ScenarioEntry[], originals: ScenarioEntry[]): ScenarioEntry[] {
  const ordered = inFileOrder(entries);
  // A translation that tells another case is named first: it is the file to fix.
  if (locale !== SOURCE_LOCALE) {
    for (const entry of ordered) {
      const original = originals.find((source) => source.data.order === entry.data.order);
      const [problem] = original ? translationProblems(original.data, entry.data) : [];
      if (problem) throw new ContentError(fileOf(entry), problem.field, problem.problem);
    }
  }
  checkScenarioSet(
    ordered.map((entry) => ({ file: fileOf(entry), facts: entry.data })),
    `content/scenarios/${locale}/`,
  );
  return ordered;
}

/** The steps of the session plan in one locale, with the minute each starts and ends. */
function readSessionPlan(locale: string, entries: CollectionEntry<'sessionPlan'>[], scenarios: ScenarioEntry[]): SessionStep[] {
  const steps = inFileOrder(entries);
  checkSessionPlan(
    steps.map((step) => ({ file: fileOf(step), minutes: step.data.minutes, scenarios: step.data.scenarios })),
    scenarios.map((scenario) => scenario.data.order),
    `content/session-plan/${locale}/`,
  );
  const times = stepTimes(steps.map((step) => step.data));
  return steps.map((step, index) => ({ ...step, time: times[index]! }));
}

/** A locale's glossary, every term once; a translation quotes the same sources as the original. */
function readGlossary(locale: string, glossaries: GlossaryFile[], original: GlossaryFile | undefined): GlossaryFile {
  const glossary = glossaries.find((entry) => entry.id === `${locale}/glossary`);
  if (!glossary) throw new ContentError(`content/glossary/${locale}/glossary.yaml`, 'file', `is missing for locale "${locale}"`);
  const file = fileOf(glossary);
  checkGlossaryTerms(
    glossary.data.terms.map((entry) => entry.term),
    file,
  );
  const sources = (entry: GlossaryFile['data']['terms'][number] | undefined) => JSON.stringify(entry?.quotes.map(({ seedSlide, facts }) => [seedSlide, facts]));
  glossary.data.terms.forEach((entry, index) => {
    if (sources(entry) !== sources(original?.data.terms[index])) {
      throw new ContentError(
        file,
        `terms.${index}.quotes`,
        `must quote the same sources, in the same order, as content/glossary/${SOURCE_LOCALE}/glossary.yaml`,
      );
    }
  });
  return glossary;
}

/**
 * The words the data needs, in every language: each help line's kind and place, and each
 * instrument's official name, are interface strings (`contact.kind.<kind>`…); a key that a
 * dictionary lacks stops the build naming the file and the field that need it.
 */
function checkWordsForData(contacts: ContactsEntry[], instruments: InstrumentEntry[]): void {
  const needs: { file: string; field: string; key: string }[] = [
    ...contacts.flatMap((entry) =>
      entry.data.contacts.flatMap((contact, index) => [
        { file: fileOf(entry), field: `contacts.${index}.kind`, key: `contact.kind.${contact.kind}` },
        ...(contact.place ? [{ file: fileOf(entry), field: `contacts.${index}.place`, key: `contact.place.${contact.place}` }] : []),
      ]),
    ),
    ...instruments.map((entry) => ({ file: fileOf(entry), field: 'seedSlide', key: `instrument.${entry.data.seedSlide}` })),
  ];
  for (const { file, field, key } of needs) {
    for (const locale of LOCALES) {
      if (!(key in uiStrings(locale))) throw new ContentError(file, field, `needs the interface string ${key} in src/i18n/${locale}.ts`);
    }
  }
}

/** The build warns, once, about every number that no one has confirmed in the 12 months before its reference date. */
function warnAboutUnconfirmedContacts(entries: ContactsEntry[], referenceDate: string): void {
  for (const entry of entries) {
    for (const contact of entry.data.contacts) {
      const status = contactStatus(contact.confirmed, referenceDate);
      if (status.kind !== 'confirmed') {
        const since = status.kind === 'stale' ? `last confirmed ${status.date}` : 'never confirmed';
        console.warn(
          `[contacts] ${entry.filePath}: ${contact.number} (${entry.data.country}) was published by ${contact.source} in ${contact.published}, ${since}: it may have changed.`,
        );
      }
    }
  }
}
