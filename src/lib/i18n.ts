import type { UiStrings } from '../i18n/en';
import { checkDictionaries, orderLocales, readDictionaries } from './dictionaries';
import { routes } from './routes';

/**
 * The site's locales and their interface strings. Adding a language is adding files: a
 * dictionary `src/i18n/<locale>.ts` (exporting `const <locale>: UiStrings`; `uz-cyrl.ts` exports
 * `uzCyrl`) and a folder of entries `content/<collection>/<locale>/` beside each `en/`. English is
 * the source: every other locale must have all its strings, and the entries of each set it has
 * (its `kitSets`: the reader's set, and the trainer's set or not), or the build stops and names
 * what is missing. A locale with the reader's set alone leads to the trainer's set in Russian.
 */
export const SOURCE_LOCALE = 'en';

/** Where a locale without the trainer's set finds it: Russian, which the region's trainers read. */
export const TRAINER_FALLBACK_LOCALE = 'ru';

export const dictionaries = readDictionaries(import.meta.glob('../i18n/*.ts', { eager: true })) as Record<string, UiStrings>;
checkDictionaries(dictionaries, SOURCE_LOCALE);

export const LOCALES = orderLocales(Object.keys(dictionaries), SOURCE_LOCALE);

/** Whether a locale has the trainer's set (its dictionary's `kitSets`), not only the reader's. */
export function hasTrainerSet(locale: string): boolean {
  return uiStrings(locale).kitSets.split(' ').includes('trainer');
}

/** The locales with the trainer's set: its pages, decks and PDFs are made in these only. */
export const TRAINER_LOCALES = LOCALES.filter(hasTrainerSet);
if (!TRAINER_LOCALES.includes(TRAINER_FALLBACK_LOCALE))
  throw new Error(`src/i18n/${TRAINER_FALLBACK_LOCALE}.ts: kitSets: must include "trainer": the other locales lead there`);

/** Where a page of this locale finds the trainer's set: in its own language, or in Russian. */
export const trainerLocaleOf = (locale: string): string => (hasTrainerSet(locale) ? locale : TRAINER_FALLBACK_LOCALE);

/**
 * The locales that have the page at this path of `locale`, for its language switch and its
 * alternates: every locale has the reader's set and the neutral page; the rest (the trainer's
 * set, the decks) only TRAINER_LOCALES have.
 */
export function localesWithPage(here: string, locale: string): readonly string[] {
  return [...routes.readersSet(locale), routes.neutral(locale)].includes(here) ? LOCALES : TRAINER_LOCALES;
}

/** A locale's BCP 47 tag, for `lang` and `hreflang` (`uz-cyrl` → `uz-Cyrl`). */
export function langTag(locale: string): string {
  return uiStrings(locale).langTag;
}

export type UiKey = keyof UiStrings;

/** The interface strings of a locale; an unknown locale is an error, never a silent fallback. */
export function uiStrings(locale: string): UiStrings {
  const strings = dictionaries[locale];
  if (!strings) throw new Error(`No interface strings for locale "${locale}" (src/i18n/${locale}.ts)`);
  return strings;
}

/** Fills `{name}` placeholders; a placeholder without a value is an error. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

/**
 * A message split around its one placeholder `{name}`, so a component can put an element there
 * (a name in another language, marked with its own `lang`): `[before, after]`.
 */
export function splitMessage(template: string, name: string): [string, string] {
  const parts = template.split(`{${name}}`);
  if (parts.length !== 2) throw new Error(`"${template}" must use {${name}} exactly once`);
  return parts as [string, string];
}

/** A translator for one locale: `t('inPlainWords')`, `t('fromSeedSlide', { slide: 2 })`. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

export function translator(locale: string): Translate {
  const strings = uiStrings(locale);
  return (key: UiKey, values?: Record<string, string | number>): string => (values ? formatMessage(strings[key], values) : strings[key]);
}

/** The locale tag `Intl` formats with for a site locale (`en` → `en-GB`). */
export function intlLocale(locale: string): string {
  return uiStrings(locale).intlLocale;
}

/** A whole number in a site locale's digits and grouping. */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/**
 * An interface string whose key comes from the data (`instrument.13`, `contact.kind.iom-hotline`):
 * a key the dictionaries lack fails the build, naming it, the locale and what needs it.
 */
export function stringFor(locale: string, key: string, neededBy: string): string {
  const value = (uiStrings(locale) as Record<string, string>)[key];
  if (!value) throw new Error(`src/i18n/${locale}.ts: ${key}: missing (needed by ${neededBy})`);
  return value;
}

/** The official name of one of the seed's instruments in a locale: the string `instrument.<seedSlide>`. */
export function instrumentName(locale: string, seedSlide: number): string {
  return stringFor(locale, `instrument.${seedSlide}`, `the instrument on seed slide ${seedSlide}`);
}

/** An instrument's full official title in a locale, where it is fuller than its name (Russian); else nothing. */
export function instrumentTitle(locale: string, seedSlide: number): string | undefined {
  const title = stringFor(locale, `instrument.${seedSlide}.official`, `the instrument on seed slide ${seedSlide}`);
  return title === instrumentName(locale, seedSlide) ? undefined : title;
}
