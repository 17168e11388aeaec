import { en, type UiStrings } from '../i18n/en';

/**
 * The site's locales and their interface strings. Adding a language is adding a dictionary
 * (src/i18n/<locale>.ts, typed `UiStrings`) to `dictionaries` and a folder of entries per topic.
 */
export const dictionaries: Record<string, UiStrings> = { en };

export const LOCALES = Object.keys(dictionaries);

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

/** A translator for one locale: `t('inPlainWords')`, `t('fromSeedSlide', { slide: 2 })`. */
export function translator(locale: string) {
  const strings = uiStrings(locale);
  return (key: UiKey, values?: Record<string, string | number>): string =>
    values ? formatMessage(strings[key], values) : strings[key];
}

/** The locale tag `Intl` formats with for a site locale (`en` → `en-GB`). */
export function intlLocale(locale: string): string {
  return uiStrings(locale).intlLocale;
}

/** A whole number in a site locale's digits and grouping. */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}
