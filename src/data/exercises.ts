/**
 * The exercises, the session plan and the glossary, read from their collections and checked as a
 * whole: the scenarios of a locale cover every place and barrier of the seed and agree with their
 * English originals; the plan adds up to about 90 minutes; the glossary explains every term.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-error';
import { parseSlideEntryId } from '../lib/entry-id';
import { SOURCE_LOCALE, type Translate } from '../lib/i18n';
import { checkScenarioSet, translationProblems } from '../lib/scenarios';
import { checkSessionPlan, stepTimes, type StepTime } from '../lib/session-plan';
import { checkGlossaryTerms } from '../lib/glossary';
import { checkLocales, fileOf, inFileOrder, ofLocale } from './presentation';

export type ScenarioEntry = CollectionEntry<'scenarios'>;
export type SessionStep = CollectionEntry<'sessionPlan'> & { time: StepTime };
export type GlossaryEntry = CollectionEntry<'glossary'>['data']['terms'][number];

async function ordered(collection: 'scenarios', locale: string): Promise<ScenarioEntry[]>;
async function ordered(collection: 'sessionPlan', locale: string): Promise<CollectionEntry<'sessionPlan'>[]>;
async function ordered(collection: 'scenarios' | 'sessionPlan', locale: string) {
  await checkLocales();
  return inFileOrder(ofLocale(await getCollection(collection), locale));
}

/** "Case 3: Rustam's job at the port": how the card, the key, the deck and the plan head a case. */
export function caseHeading(t: Translate, scenario: ScenarioEntry): string {
  return t('exercises.case', { number: scenario.data.order, title: scenario.data.title });
}

/** The id of a scenario's card on the exercises page and of its slides in the deck. */
export function scenarioId(entry: ScenarioEntry): string {
  return `case-${parseSlideEntryId(entry.id)?.slug ?? entry.id}`;
}

const checkedScenarios = new Map<string, Promise<ScenarioEntry[]>>();

/** A locale's scenarios in order, checked as a set and against the English originals. */
export function getScenarios(locale: string): Promise<ScenarioEntry[]> {
  let scenarios = checkedScenarios.get(locale);
  if (!scenarios) {
    scenarios = (async () => {
      const entries = await ordered('scenarios', locale);
      // A translation that tells another case is named first: it is the file to fix.
      if (locale !== SOURCE_LOCALE) {
        const originals = await ordered('scenarios', SOURCE_LOCALE);
        for (const entry of entries) {
          const original = originals.find((source) => source.data.order === entry.data.order);
          const [problem] = original ? translationProblems(original.data, entry.data) : [];
          if (problem) throw new ContentError(fileOf(entry), problem.field, problem.problem);
        }
      }
      checkScenarioSet(
        entries.map((entry) => ({ file: fileOf(entry), facts: entry.data })),
        `content/scenarios/${locale}/`,
      );
      return entries;
    })();
    checkedScenarios.set(locale, scenarios);
  }
  return scenarios;
}

/** The steps of the session plan in one locale, with the minute each starts and ends. */
export async function getSessionPlan(locale: string): Promise<SessionStep[]> {
  const steps = await ordered('sessionPlan', locale);
  const scenarios = await getScenarios(locale);
  checkSessionPlan(
    steps.map((step) => ({ file: fileOf(step), minutes: step.data.minutes, scenarios: step.data.scenarios })),
    scenarios.map((scenario) => scenario.data.order),
    `content/session-plan/${locale}/`,
  );
  const times = stepTimes(steps.map((step) => step.data));
  return steps.map((step, index) => ({ ...step, time: times[index]! }));
}

/** A locale's glossary, every term once; a translation quotes the same sources as the original. */
export async function getGlossary(locale: string): Promise<CollectionEntry<'glossary'>> {
  await checkLocales();
  const glossaries = await getCollection('glossary');
  const find = (id: string) => glossaries.find((entry) => entry.id === id);
  const glossary = find(`${locale}/glossary`);
  if (!glossary) throw new ContentError(`content/glossary/${locale}/glossary.yaml`, 'file', `is missing for locale "${locale}"`);
  const file = fileOf(glossary);
  checkGlossaryTerms(glossary.data.terms.map((entry) => entry.term), file);
  const original = find(`${SOURCE_LOCALE}/glossary`);
  glossary.data.terms.forEach((entry, index) => {
    const sources = (terms: GlossaryEntry | undefined) => JSON.stringify(terms?.quotes.map(({ seedSlide, facts }) => [seedSlide, facts]));
    if (sources(entry) !== sources(original?.data.terms[index])) {
      throw new ContentError(file, `terms.${index}.quotes`, `must quote the same sources, in the same order, as content/glossary/${SOURCE_LOCALE}/glossary.yaml`);
    }
  });
  return glossary;
}
