/**
 * The kinds of entry the site renders, and what pages need to know about one: its file, its id
 * on a page, whether its translation awaits review.
 */
import type { CollectionEntry } from 'astro:content';
import type { Translate } from '../lib/i18n';
import type { StepTime } from '../lib/session-plan';
import type { Topic } from '../lib/topics';

export type SlideEntry = CollectionEntry<Topic>;
export type CoverEntry = CollectionEntry<'cover'>;
export type PageEntry = CollectionEntry<'pages'>;
export type ExplainerEntry = CollectionEntry<'explainers'>;
export type InstrumentEntry = CollectionEntry<'instruments'>;
export type VictimsEntry = CollectionEntry<'victimsAssisted'>;
export type DataSlideEntry = CollectionEntry<'dataSlides'>;
export type ContactsEntry = CollectionEntry<'contacts'>;
export type ScenarioEntry = CollectionEntry<'scenarios'>;
export type SessionStep = CollectionEntry<'sessionPlan'> & { time: StepTime };
export type GlossaryFile = CollectionEntry<'glossary'>;
export type GlossaryEntry = GlossaryFile['data']['terms'][number];

/** One slide of a deck, in the seed's order; each kind is drawn by its own component. */
export type DeckSlide =
  | { kind: 'cover'; seedSlide: number; file: string; entry: CoverEntry }
  | { kind: 'text'; seedSlide: number; file: string; topic: Topic; entry: SlideEntry }
  | { kind: 'instrument'; seedSlide: number; file: string; notes: DataSlideEntry; instrument: InstrumentEntry }
  | { kind: 'victims'; seedSlide: number; file: string; notes: DataSlideEntry; table: VictimsEntry };

export function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  return entry.filePath ?? entry.id;
}

/**
 * The id of a slide's section on its topic page and of its slide in a deck: `slide-7`. Ids show in
 * a page's address, so they are neutral (never the slide's words), and the same in every language.
 */
export function sectionId(entry: SlideEntry): string {
  return `slide-${entry.data.seedSlide}`;
}

/** The id of a scenario's card on the exercises page and of its slides in the deck: `case-3`. */
export function scenarioId(entry: ScenarioEntry): string {
  return `case-${entry.data.order}`;
}

/** "Case 3: Rustam's job at the port": how the card, the key, the deck and the plan head a case. */
export function caseHeading(t: Translate, scenario: ScenarioEntry): string {
  return t('exercises.case', { number: scenario.data.order, title: scenario.data.title });
}

/** True when any of these entries is a translation still awaiting review. */
export function awaitsReview(entries: readonly { data: { reviewed?: boolean | undefined } }[]): boolean {
  return entries.some((entry) => entry.data.reviewed === false);
}

export type WhatToDoEntry = CollectionEntry<'whatToDo'>;
export type JobOfferEntry = CollectionEntry<'jobOffer'>;
export type BeforeYouGoEntry = CollectionEntry<'beforeYouGo'>;
export type InShortEntry = CollectionEntry<'inShort'>;
