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
import { hasTrainerSet, LOCALES, SOURCE_LOCALE, TRAINER_LOCALES, uiStrings } from '../lib/i18n';
import { checkLocaleCoverage, type LocatedEntry } from '../lib/locale-coverage';
import { BARRIER_PARTS, checkScenarioSet, translationProblems } from '../lib/scenarios';
import { checkSeedSlideCoverage, sortTopicEntries } from '../lib/seed-slides';
import { checkSessionPlan, stepTimes } from '../lib/session-plan';
import { contactStatus } from '../lib/contact-status';
import { CONTACT_COUNTRIES, COUNTRIES, countrySlug } from '../lib/countries';
import { TOPICS, type Topic } from '../lib/topics';
import type { Citation } from '../schemas/guide';
import { sourceDateEpoch } from '../../scripts/lib/source-date.ts';
import { readLogo, type Logo } from '../lib/logo';
import type { KitSettings } from '../schemas/settings';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * The pages of our own text, `content/pages/<locale>/<name>.md` (or `.mdx`): those every locale
 * has (the reader edition takes the exercises' introduction), and those of the trainer's set.
 */
export const READER_PAGE_NAMES = ['home', 'about', 'browse-safely', 'exercises'] as const;
export const TRAINER_PAGE_NAMES = ['glossary', 'later-developments', 'session-plan', 'trainers'] as const;
export type ReaderPageName = (typeof READER_PAGE_NAMES)[number];
export type TrainerPageName = (typeof TRAINER_PAGE_NAMES)[number];
/** The collections whose entries are all of the trainer's set (the others are the reader's, but for TRAINER_PAGE_NAMES). */
const TRAINER_COLLECTIONS = ['dataSlides', 'sessionPlan', 'glossary'];

export interface TopicContent {
  /** The topic's seed slides, in topic order (the order of its page and of its deck). */
  slides: SlideEntry[];
  /** Plain-language context shown after the slides (the definition in law). */
  explainers: ExplainerEntry[];
}

/** What a language of the trainer's set shows besides the reader's set. */
export interface TrainerContent {
  pages: Record<TrainerPageName, PageEntry>;
  /** The seed's 16 slides in the seed's order. */
  fullDeck: DeckSlide[];
  /** Each topic's deck: its slides in topic order. */
  topicDecks: Record<Topic, DeckSlide[]>;
  sessionPlan: SessionStep[];
  glossary: GlossaryFile;
}

/** Everything one language of the site shows. */
export interface LocaleContent {
  locale: string;
  cover: CoverEntry;
  pages: Record<ReaderPageName, PageEntry>;
  topics: Record<Topic, TopicContent>;
  scenarios: ScenarioEntry[];
  /** The trainer's set, in a locale that has it (its dictionary's `kitSets`). */
  trainer?: TrainerContent | undefined;
  /** The translated entries no native speaker has reviewed yet (none in the source language). */
  awaitingReview: LocatedEntry[];
  /** The name of each source the kit names, in this language. */
  sourceNames: Record<string, string>;
  /** The same, short where the full name is long: for the shortest version. */
  shortSourceNames: Record<string, string>;
  /** The migrant's guide. */
  whatToDo: CollectionEntry<'whatToDo'>;
  jobOffer: CollectionEntry<'jobOffer'>;
  beforeYouGo: CollectionEntry<'beforeYouGo'>;
  inShort: CollectionEntry<'inShort'>;
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
  /** The settings of the organisation that hands out the kit (content/settings/kit.yaml). */
  settings: SiteSettings;
}

/** content/settings/kit.yaml, its logo read and checked (src/lib/logo.ts). */
export interface SiteSettings extends Omit<KitSettings, 'organisation'> {
  organisation?: { name: string; logo?: Logo | undefined } | undefined;
}

let site: Promise<SiteContent> | undefined;

/** The site's content, read and checked once per build. */
export function getSite(): Promise<SiteContent> {
  site ??= readSite();
  return site;
}

/** One path per locale for a route of the reader's set, with the props each page gets. */
export async function localePaths<P extends Record<string, unknown>>(props: (content: LocaleContent, site: SiteContent) => P) {
  const content = await getSite();
  return LOCALES.map((locale) => ({ params: { locale }, props: props(content.locales[locale]!, content) }));
}

/** One path per locale of the trainer's set (TRAINER_LOCALES) for a route of that set. */
export async function trainerPaths<P extends Record<string, unknown>>(props: (content: LocaleContent & { trainer: TrainerContent }, site: SiteContent) => P) {
  const content = await getSite();
  return TRAINER_LOCALES.map((locale) => {
    const localeContent = content.locales[locale]!;
    if (!localeContent.trainer) throw new Error(`"${locale}" has no trainer's set`);
    return { params: { locale }, props: props({ ...localeContent, trainer: localeContent.trainer }, content) };
  });
}

const ofLocale = <T extends { id: string }>(entries: T[], locale: string): T[] => entries.filter((entry) => localeOfEntryId(entry.id) === locale);

/** Entries of a numbered collection (`NN-slug`), checked, in the order their file names give. */
function inFileOrder<T extends { id: string; filePath?: string | undefined; data: { order: number } }>(entries: T[]): T[] {
  return sortTopicEntries(entries.map((entry) => ({ ...entry, file: fileOf(entry), order: entry.data.order })));
}

async function readSite(): Promise<SiteContent> {
  const [guide, sources, settingsFiles] = await Promise.all([
    Promise.all([getCollection('whatToDo'), getCollection('jobOffer'), getCollection('beforeYouGo'), getCollection('inShort')]),
    getCollection('sources'),
    getCollection('settings'),
  ]);
  const [whatToDo, jobOffer, beforeYouGo, inShort] = guide;
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
    sources,
    whatToDo,
    jobOffer,
    beforeYouGo,
    inShort,
  };
  const located = Object.entries(textCollections).map(([collection, entries]) => ({
    collection,
    entries: entries.map((entry) => ({ id: entry.id, file: fileOf(entry), reviewed: entry.data.reviewed })),
  }));
  for (const { collection, entries } of located) {
    const ofTrainersSet = (name: string) =>
      TRAINER_COLLECTIONS.includes(collection) || (collection === 'pages' && (TRAINER_PAGE_NAMES as readonly string[]).includes(name));
    checkLocaleCoverage(entries, LOCALES, SOURCE_LOCALE, (locale, name) => hasTrainerSet(locale) || !ofTrainersSet(name));
  }

  const sortedInstruments = [...instruments].sort((a, b) => a.data.seedSlide - b.data.seedSlide);
  const [victims, ...otherTables] = victimsTables;
  if (!victims || otherTables.length > 0) throw new ContentError('content/victims-assisted/', 'file', 'needs exactly one table');

  const englishScenarios = inFileOrder(ofLocale(scenarios, SOURCE_LOCALE));
  const sourceNames = readSourceNames(sources);
  const oneOf = <T extends { id: string; filePath?: string | undefined }>(entries: T[], locale: string, folder: string): T => {
    const [entry, ...more] = ofLocale(entries, locale);
    if (!entry || more.length > 0) throw new ContentError(`content/${folder}/${locale}/${folder}.yaml`, 'file', `is missing for locale "${locale}"`);
    return entry;
  };
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
    const localeScenarios = readScenarios(locale, ofLocale(scenarios, locale), englishScenarios);
    const localePages = readPages(locale, ofLocale(pages, locale), hasTrainerSet(locale));
    locales[locale] = {
      locale,
      cover: localeCover[0]!,
      pages: localePages,
      topics: topicContent,
      scenarios: localeScenarios,
      trainer: hasTrainerSet(locale)
        ? {
            pages: localePages,
            fullDeck: readFullDeck(locale, localeCover[0]!, topicContent, ofLocale(dataSlides, locale), sortedInstruments, victims),
            topicDecks: Object.fromEntries(TOPICS.map((topic) => [topic, topicDeck(topic, topicContent[topic])])) as Record<Topic, DeckSlide[]>,
            sessionPlan: readSessionPlan(locale, ofLocale(sessionPlan, locale), localeScenarios),
            glossary: readGlossary(locale, glossaries, englishGlossary),
          }
        : undefined,
      awaitingReview:
        locale === SOURCE_LOCALE
          ? []
          : located.flatMap(({ entries }) => entries).filter((entry) => localeOfEntryId(entry.id) === locale && entry.reviewed === false),
      sourceNames: sourceNames[locale]!.names,
      shortSourceNames: sourceNames[locale]!.short,
      whatToDo: oneOf(whatToDo, locale, 'what-to-do'),
      jobOffer: oneOf(jobOffer, locale, 'job-offer'),
      beforeYouGo: oneOf(beforeYouGo, locale, 'before-you-go'),
      inShort: oneOf(inShort, locale, 'in-short'),
    };
  }
  checkGuide(locales);
  for (const locale of LOCALES) {
    const home = uiStrings(locale).homeCountry;
    const homes = COUNTRIES.map(countrySlug);
    if (home !== '-' && !homes.includes(home))
      throw new ContentError(`src/i18n/${locale}.ts`, 'homeCountry', `"${home}" is not one of ${homes.join(', ')}, or "-"`);
  }

  const referenceDate = new Date(sourceDateEpoch(process.env, process.cwd()) * 1000).toISOString().slice(0, 10);
  const sortedContacts = [...contacts].sort((a, b) => CONTACT_COUNTRIES.indexOf(a.data.country) - CONTACT_COUNTRIES.indexOf(b.data.country));
  checkWordsForData(sortedContacts, sortedInstruments);
  checkSourcesNamed(locales, sortedContacts, sortedInstruments);
  warnAboutUnconfirmedContacts(sortedContacts, referenceDate);
  const [settings, ...moreSettings] = settingsFiles;
  if (!settings || moreSettings.length > 0) throw new ContentError('content/settings/kit.yaml', 'file', 'needs exactly one settings file');
  for (const locale of LOCALES) {
    if (!settings.data.quickExit[locale])
      throw new ContentError(fileOf(settings), `quickExit.${locale}`, `is missing: where does Quick exit go on the hosted site in "${locale}"?`);
  }
  const { organisation, ...otherSettings } = settings.data;
  const settingsFolder = fileOf(settings).replace(/[^/]+$/, '');
  const logoFile = organisation?.logo && `${settingsFolder}${organisation.logo}`;
  let logo: Logo | undefined;
  if (logoFile) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(process.cwd(), logoFile));
    } catch {
      throw new ContentError(fileOf(settings), 'organisation.logo', `names ${logoFile}, which is not there`);
    }
    logo = readLogo(logoFile, bytes);
  }
  return {
    locales,
    instruments: sortedInstruments,
    victims,
    contacts: sortedContacts,
    referenceDate,
    settings: { ...otherSettings, organisation: organisation && { name: organisation.name, logo } },
  };
}

/** Each locale's source names; every locale names the same sources as the source locale. */
function readSourceNames(entries: CollectionEntry<'sources'>[]): Record<string, { names: Record<string, string>; short: Record<string, string> }> {
  const names: Record<string, { names: Record<string, string>; short: Record<string, string> }> = {};
  for (const locale of LOCALES) {
    const entry = entries.find((candidate) => candidate.id === `${locale}/sources`);
    const file = `content/sources/${locale}/sources.yaml`;
    if (!entry) throw new ContentError(file, 'file', `is missing for locale "${locale}"`);
    const unknown = Object.keys(entry.data.short).filter((key) => !(key in entry.data.names));
    if (unknown.length > 0) throw new ContentError(file, 'short', `names sources that \`names\` does not: ${unknown.join(', ')}`);
    names[locale] = { names: entry.data.names, short: { ...entry.data.names, ...entry.data.short } };
  }
  const english = Object.keys(names[SOURCE_LOCALE]!.names).sort().join();
  for (const locale of LOCALES) {
    const keys = Object.keys(names[locale]!.names);
    const missing = Object.keys(names[SOURCE_LOCALE]!.names).filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !(key in names[SOURCE_LOCALE]!.names));
    if (keys.sort().join() !== english) {
      throw new ContentError(
        `content/sources/${locale}/sources.yaml`,
        'names',
        `must name the same sources as content/sources/${SOURCE_LOCALE}/sources.yaml (missing: ${missing.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'})`,
      );
    }
  }
  return names;
}

type Cited = { from?: readonly Citation[] | undefined };

/** The citations of a guide page, in order, for comparing a translation with its original. */
function citationsOf(content: LocaleContent): Record<string, Citation[]> {
  const all = (lines: readonly Cited[]) => lines.flatMap((line) => line.from ?? []);
  const { whatToDo, jobOffer, beforeYouGo, inShort } = content;
  return {
    'what-to-do': whatToDo.data.parts.flatMap((part) => [...part.whatFrom, ...all(part.steps), ...all(part.keep), ...all(part.law)]),
    'job-offer': [...all(jobOffer.data.signs), ...jobOffer.data.anyTickedFrom, ...all(jobOffer.data.steps)],
    'before-you-go': [...all(beforeYouGo.data.items), ...all(beforeYouGo.data.countries)],
    'in-short': [...all(inShort.data.signs), ...all(inShort.data.do)],
  };
}

/**
 * The guide of every locale tells the same things as the source locale's: the same parts,
 * signs and items, citing the same sources; and every id a topic's slide leads to
 * (`nextSteps`) is a part of "If it is happening to you".
 */
function checkGuide(locales: Record<string, LocaleContent>): void {
  const english = locales[SOURCE_LOCALE]!;
  const ids = (content: LocaleContent) => ({
    'what-to-do': content.whatToDo.data.parts.map((part) => part.id),
    'job-offer': content.jobOffer.data.signs.map((sign) => sign.id),
    'before-you-go': [...content.beforeYouGo.data.items.map((item) => item.id), ...content.beforeYouGo.data.countries.map((country) => country.country)],
    'in-short': [String(content.inShort.data.signs.length), String(content.inShort.data.do.length)],
  });
  for (const content of Object.values(locales)) {
    const file = (folder: string) => `content/${folder}/${content.locale}/${folder}.yaml`;
    for (const [folder, list] of Object.entries(ids(content))) {
      if (list.join() !== ids(english)[folder as keyof ReturnType<typeof ids>].join()) {
        throw new ContentError(file(folder), 'file', `must have the same parts, in the same order, as content/${folder}/${SOURCE_LOCALE}/${folder}.yaml`);
      }
    }
    for (const [folder, cited] of Object.entries(citationsOf(content))) {
      if (JSON.stringify(cited) !== JSON.stringify(citationsOf(english)[folder])) {
        throw new ContentError(file(folder), 'from', `must cite the same sources, in the same order, as content/${folder}/${SOURCE_LOCALE}/${folder}.yaml`);
      }
    }
    const parts = new Set(content.whatToDo.data.parts.map((part) => part.id));
    for (const [barrier, id] of Object.entries(BARRIER_PARTS)) {
      if (!parts.has(id))
        throw new ContentError(file('what-to-do'), 'parts', `must have a part "${id}": the exercises lead there from "${barrier}" (src/lib/scenarios.ts)`);
    }
    for (const topic of TOPICS) {
      for (const slide of content.topics[topic].slides) {
        const englishSlide = english.topics[topic].slides.find((candidate) => candidate.data.seedSlide === slide.data.seedSlide);
        if (JSON.stringify(slide.data.nextSteps) !== JSON.stringify(englishSlide?.data.nextSteps)) {
          throw new ContentError(fileOf(slide), 'nextSteps', 'must be the same as in the original');
        }
        for (const id of slide.data.nextSteps ?? []) {
          if (!parts.has(id))
            throw new ContentError(fileOf(slide), 'nextSteps', `"${id}" is not a part of content/what-to-do/${content.locale}/what-to-do.yaml`);
        }
      }
    }
  }
}

/** Every source the kit cites is named, in every language. */
function checkSourcesNamed(locales: Record<string, LocaleContent>, contacts: ContactsEntry[], instruments: InstrumentEntry[]): void {
  const cited: { file: string; field: string; key: string }[] = [
    ...contacts.flatMap((entry) =>
      entry.data.contacts.flatMap((contact, index) => [
        { file: fileOf(entry), field: `contacts.${index}.source`, key: contact.source },
        ...(contact.reported ? [{ file: fileOf(entry), field: `contacts.${index}.reported.source`, key: contact.reported.source }] : []),
      ]),
    ),
    ...instruments.map((entry) => ({ file: fileOf(entry), field: 'entryIntoForce.source', key: entry.data.entryIntoForce.source })),
    ...Object.values(locales).flatMap((content) =>
      Object.entries(citationsOf(content)).flatMap(([folder, citations]) =>
        citations.flatMap((citation) =>
          'source' in citation ? [{ file: `content/${folder}/${content.locale}/${folder}.yaml`, field: 'from', key: citation.source }] : [],
        ),
      ),
    ),
  ];
  for (const { file, field, key } of cited) {
    if (!(key in locales[SOURCE_LOCALE]!.sourceNames))
      throw new ContentError(file, field, `"${key}" is not a source of content/sources/${SOURCE_LOCALE}/sources.yaml`);
  }
}

/** A locale's pages of our own text: the reader's, and the trainer's where it has that set. */
function readPages(locale: string, entries: PageEntry[], withTrainersSet: boolean): Record<ReaderPageName | TrainerPageName, PageEntry> {
  const names: readonly string[] = withTrainersSet ? [...READER_PAGE_NAMES, ...TRAINER_PAGE_NAMES] : READER_PAGE_NAMES;
  const pages: Partial<Record<string, PageEntry>> = {};
  for (const entry of entries) {
    const name = entry.id.slice(locale.length + 1);
    if (!names.includes(name)) {
      throw new ContentError(fileOf(entry), 'file', `is not one of the kit's pages in "${locale}" (${names.join(', ')}): rename or remove it`);
    }
    pages[name] = entry;
  }
  for (const name of names) {
    if (!pages[name])
      throw new ContentError(`content/pages/${locale}/${name}.md`, 'file', `is missing for locale "${locale}" (as .md, or .mdx if it uses a component)`);
  }
  return pages as Record<ReaderPageName | TrainerPageName, PageEntry>;
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
    ...contacts.flatMap((entry) => [
      { file: fileOf(entry), field: 'country', key: `country.${entry.data.country}` },
      ...entry.data.contacts.flatMap((contact, index) => [
        { file: fileOf(entry), field: `contacts.${index}.kind`, key: `contact.kind.${contact.kind}` },
        { file: fileOf(entry), field: `contacts.${index}.kind`, key: `contact.short.${contact.kind}` },
        ...(contact.place ? [{ file: fileOf(entry), field: `contacts.${index}.place`, key: `contact.place.${contact.place}` }] : []),
        ...(contact.for ? [{ file: fileOf(entry), field: `contacts.${index}.for`, key: `contact.for.${contact.for}` }] : []),
        ...contact.says.map((says, item) => ({ file: fileOf(entry), field: `contacts.${index}.says.${item}`, key: `contact.says.${says}` })),
        ...(contact.reported ? [{ file: fileOf(entry), field: `contacts.${index}.reported.says`, key: `contact.reported.${contact.reported.says}` }] : []),
      ]),
    ]),
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
          `[contacts] ${entry.filePath}: ${contact.number ?? contact.telegram} (${entry.data.country}) was published by ${contact.source} ${contact.published === 'undated' ? 'with no date' : `in ${contact.published}`}, ${since}: it may have changed.`,
        );
      }
    }
  }
}
