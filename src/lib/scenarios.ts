/**
 * The "Is this trafficking?" exercises: the words a scenario may use for its verdict and its
 * reasoning, and the checks that keep a set of scenarios honest and complete. Pure functions:
 * src/data/exercises.ts passes the collection's entries in.
 */
import { ContentError } from './content-error';

/** What the room decides a case is. */
export const VERDICTS = ['trafficking', 'smuggling', 'exploitation-not-trafficking', 'safe-migration'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The elements of IOM's working definition, in the order of seed slides 2 to 4. */
export const DEFINITION_ELEMENTS = [
  'migration',
  'illicit-engagement-or-movement',
  'intermediaries-profit',
  'deception',
  'coercion',
  'exploitation',
  'rights-violation',
] as const;
export type DefinitionElement = (typeof DEFINITION_ELEMENTS)[number];

/** The three parts of the Protocol's definition (../shared/facts/sources.md §1). */
export const PROTOCOL_PARTS = ['act', 'means', 'purpose'] as const;
export type ProtocolPart = (typeof PROTOCOL_PARTS)[number];

/** "The Trafficked Migrant is often found in:" (seed slide 5), in the seed's order. */
export const PLACES = [
  'sweatshops',
  'factories',
  'fishing-boats',
  'organized-criminal-activity',
  'begging',
  'forced-sex-services',
  'other-forced-labour',
] as const;
export type Place = (typeof PLACES)[number];

/** "The Trafficked Migrant is prevented from escaping by:" (seed slide 7), in the seed's order. */
export const BARRIERS = ['debt-bondage', 'passport-retention', 'threats-of-violence', 'violence'] as const;
export type Barrier = (typeof BARRIERS)[number];

/**
 * The part of "If it is happening to you" (content/what-to-do/) that each barrier leads to, at
 * the end of an exercise's answer. The model checks that every part named here exists.
 */
export const BARRIER_PARTS: Record<Barrier, string> = {
  'debt-bondage': 'growing-debt',
  'passport-retention': 'passport-kept',
  'threats-of-violence': 'cannot-leave',
  violence: 'cannot-leave',
};

/** The parts of "If it is happening to you" a case's answer leads to: one per barrier in the story, each once. */
export const partsForBarriers = (barriers: readonly Barrier[]): string[] => [...new Set(barriers.map((barrier) => BARRIER_PARTS[barrier]))];

/** The facts of a case that decide its verdict (a scenario's frontmatter, less its words). */
export interface CaseFacts {
  verdict: Verdict;
  child: boolean;
  elements: readonly DefinitionElement[];
  protocol: Record<ProtocolPart, { present: boolean }>;
  foundIn: readonly Place[];
  preventedBy: readonly Barrier[];
}

/** A problem with one field of one case, before it is known which file it is in. */
export interface CaseProblem {
  field: string;
  problem: string;
}

/**
 * Does the reasoning lead to the verdict? By the Protocol, a case is trafficking when the act
 * and the purpose are there, and the means too, except for a child, where no means are needed.
 * IOM's working definition looks first for the migration element and a violation of rights.
 */
export function caseProblems(facts: CaseFacts): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const { act, means, purpose } = facts.protocol;
  const meetsProtocol = act.present && purpose.present && (means.present || facts.child);
  if (facts.verdict === 'trafficking' && !meetsProtocol) {
    const missing = PROTOCOL_PARTS.filter((part) => !facts.protocol[part].present && !(part === 'means' && facts.child));
    problems.push({
      field: 'verdict',
      problem: `is "trafficking" but the protocol's ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not present`,
    });
  }
  if (facts.verdict !== 'trafficking' && meetsProtocol) {
    problems.push({
      field: 'verdict',
      problem: `is "${facts.verdict}" but act, ${facts.child ? 'purpose (and a child: no means needed)' : 'means and purpose'} are all present: that is trafficking`,
    });
  }
  if (facts.verdict === 'trafficking') {
    for (const element of ['migration', 'rights-violation'] as const) {
      if (!facts.elements.includes(element)) {
        problems.push({ field: 'elements', problem: `a trafficking case needs "${element}": IOM's working definition focuses on it (seed slide 2)` });
      }
    }
  }
  // A safe job abroad has none of what makes a case trafficking or exploitation.
  if (facts.verdict === 'safe-migration') {
    for (const part of ['means', 'purpose'] as const) {
      if (facts.protocol[part].present)
        problems.push({
          field: `protocol.${part}`,
          problem: `is present, but a "safe-migration" case has no ${part === 'means' ? 'means (no deception, force or abuse)' : 'purpose of exploitation'}`,
        });
    }
    if (facts.preventedBy.length > 0)
      problems.push({ field: 'preventedBy', problem: 'lists what keeps the person from leaving, but in a "safe-migration" case nothing does' });
    for (const element of ['deception', 'coercion', 'exploitation'] as const) {
      if (facts.elements.includes(element)) problems.push({ field: 'elements', problem: `lists "${element}", which a "safe-migration" case does not have` });
    }
  }
  const repeated = facts.elements.find((element, index) => facts.elements.indexOf(element) !== index);
  if (repeated) problems.push({ field: 'elements', problem: `"${repeated}" is listed twice` });
  return problems;
}

export interface PlacedCase {
  file: string;
  facts: CaseFacts;
}

/**
 * The exercises of one locale, taken together, practise every place of seed slide 5 and every
 * barrier of slide 7, and include a smuggling case, a safe job abroad and a child's case.
 */
export function checkScenarioSet(cases: readonly PlacedCase[], folder: string): void {
  const touched = <T extends string>(pick: (facts: CaseFacts) => readonly T[]) => new Set(cases.flatMap(({ facts }) => pick(facts)));
  const places = touched((facts) => facts.foundIn);
  const place = PLACES.find((p) => !places.has(p));
  if (place) throw new ContentError(folder, 'foundIn', `no scenario takes place in "${place}"; between them the scenarios cover every place of seed slide 5`);
  const barriers = touched((facts) => facts.preventedBy);
  const barrier = BARRIERS.find((b) => !barriers.has(b));
  if (barrier) throw new ContentError(folder, 'preventedBy', `no scenario shows "${barrier}"; between them the scenarios cover every barrier of seed slide 7`);
  for (const verdict of ['smuggling', 'safe-migration'] as const) {
    if (!cases.some(({ facts }) => facts.verdict === verdict)) {
      throw new ContentError(folder, 'verdict', `no scenario is "${verdict}"; the room must also practise cases that are not trafficking`);
    }
  }
  if (!cases.some(({ facts }) => facts.child && facts.verdict === 'trafficking')) {
    throw new ContentError(folder, 'child', 'no scenario is about a child who is trafficked (where no means are needed)');
  }
}

/**
 * A translation tells the same case: the same verdict, elements, protocol parts, places and
 * barriers as its source. Only the words may differ.
 */
export function translationProblems(source: CaseFacts, translation: CaseFacts): CaseProblem[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const problems: CaseProblem[] = [];
  for (const field of ['verdict', 'child', 'elements', 'foundIn', 'preventedBy'] as const) {
    if (!same(source[field], translation[field])) {
      problems.push({ field, problem: `is ${JSON.stringify(translation[field])} but the original says ${JSON.stringify(source[field])}` });
    }
  }
  for (const part of PROTOCOL_PARTS) {
    if (source.protocol[part].present !== translation.protocol[part].present) {
      problems.push({
        field: `protocol.${part}.present`,
        problem: `is ${translation.protocol[part].present} but the original says ${source.protocol[part].present}`,
      });
    }
  }
  return problems;
}
