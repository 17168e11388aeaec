/**
 * The shortest version of the reader's set: the warning signs, what to do in a line each, and
 * the help numbers where migrants are and at home, each with its source and date. One model,
 * written twice: as the one-screen HTML file (src/pages/downloads/short-[locale].astro) and as
 * plain text for one chat message (`shortText`, src/pages/downloads/short-[locale].txt.ts).
 */

// With its extension: scripts/bench.ts, which Node runs as it is, imports this file.
import { ContentError } from './content-error.ts';

/** The longest plain text the kit writes for one chat message, in characters. */
export const SHORT_TEXT_LIMIT = 1500;

/** The plain text of a locale, refused (naming the files to shorten) when it is longer than one chat message. */
export function fitsOneMessage(text: string, locale: string): string {
  if (text.length <= SHORT_TEXT_LIMIT) return text;
  throw new ContentError(
    `content/in-short/${locale}/in-short.yaml`,
    'file',
    `the plain-text version is ${text.length} characters, more than one chat message (${SHORT_TEXT_LIMIT}): shorten its lines, or the short names of content/sources/${locale}/sources.yaml`,
  );
}

export interface ShortContact {
  /** The number as its source prints it, or a Telegram handle. */
  shown: string;
  telegram: boolean;
  /** What the line is, in a few words. */
  label: string;
  /** Where the number is for, where its source says ("from abroad", "Dushanbe"). */
  place?: string | undefined;
  /** The source's short name, and the date it gives (`undated` where it gives none). */
  source: string;
  published: string;
}

/** A sign or a step: its words, and its sources' short names with their years. */
export interface ShortLine {
  text: string;
  sources: string[];
}

export interface ShortCountry {
  name: string;
  contacts: ShortContact[];
}

export interface ShortVersion {
  title: string;
  signsHeading: string;
  signs: ShortLine[];
  doHeading: string;
  steps: ShortLine[];
  numbersHeading: string;
  /** The calm note that numbers may have changed. */
  caution: string;
  groups: { title: string; countries: ShortCountry[] }[];
  /** Where the signs and steps come from: each source once, in the order first cited. */
  sources: string[];
}

/** The words the plain text needs beyond the model's. */
export interface ShortTextWords {
  /** "Telegram:" */
  telegram: string;
  /** "Sources:" */
  sources: string;
}

/** A source's date as the plain text gives it: its year, or nothing where the source gives no date. */
export const shortYear = (published: string): string | undefined => (published === 'undated' ? undefined : published.slice(0, 4));

/** "IOM Russia" or "kant.kg, 2021": a source's short name, and its year where it gives one. */
export const sourceAndYear = (source: string, published: string): string => [source, shortYear(published)].filter(Boolean).join(', ');

/**
 * One country's lines: "YİMER 157, +90 312 1571112 (UN Network on Migration, 2020)". Lines side
 * by side with the same label and source are written once, their numbers joined; a number's
 * place ("from abroad:"), or "Telegram:", stands before it.
 */
function countryText(country: ShortCountry, words: ShortTextWords): string {
  const runs: ShortContact[][] = [];
  for (const contact of country.contacts) {
    const run = runs.at(-1);
    const last = run?.[0];
    if (run && last && last.label === contact.label && last.source === contact.source && last.published === contact.published) run.push(contact);
    else runs.push([contact]);
  }
  const prefix = (contact: ShortContact) => (contact.place ? `${contact.place}:` : contact.telegram ? words.telegram : undefined);
  const number = (contact: ShortContact) => [prefix(contact), contact.shown].filter(Boolean).join(' ');
  const written = (run: ShortContact[]) => {
    const first = run[0]!;
    return `${first.label}${prefix(first) ? ', ' : ' '}${run.map(number).join(', ')} (${sourceAndYear(first.source, first.published)})`;
  };
  return `${country.name}: ${runs.map(written).join('; ')}`;
}

/** The shortest version as plain text: one line per sign, step and country, with blank lines between the parts. */
export function shortText(version: ShortVersion, words: ShortTextWords): string {
  const list = (items: readonly ShortLine[]) => items.map((item) => `- ${item.text}`);
  return [
    version.title,
    '',
    `${version.signsHeading}:`,
    ...list(version.signs),
    '',
    `${version.doHeading}:`,
    ...list(version.steps),
    '',
    `${version.numbersHeading}. ${version.caution}`,
    ...version.groups.flatMap((group) => [`${group.title}:`, ...group.countries.map((country) => countryText(country, words))]),
    '',
    `${words.sources} ${version.sources.join('; ')}.`,
    '',
  ].join('\n');
}
