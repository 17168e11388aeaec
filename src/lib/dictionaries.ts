/**
 * Reads the interface dictionaries (src/i18n/<locale>.ts) and refuses a gap: every locale must
 * have exactly the source locale's keys, none empty, with the same {placeholders}. A missing
 * string fails the build with the locale and the key named, never an English string under ru/.
 */
export type Dictionary = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(value: string): string[] {
  return [...value.matchAll(PLACEHOLDER)].map((match) => match[1]!).sort();
}

/** The name a dictionary file exports its strings as: `ru.ts` → `ru`, `uz-cyrl.ts` → `uzCyrl`. */
export const exportNameOf = (locale: string): string => locale.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Each module is a dictionary file's exports; the file `xx.ts` exports its dictionary as `xx` (`uz-cyrl.ts` as `uzCyrl`). */
export function readDictionaries(modules: Record<string, Record<string, unknown>>): Record<string, Dictionary> {
  const dictionaries: Record<string, Dictionary> = {};
  for (const [path, exports] of Object.entries(modules)) {
    const locale = /([^/]+)\.ts$/.exec(path)?.[1];
    if (!locale) continue;
    const dictionary = exports[exportNameOf(locale)];
    if (!dictionary || typeof dictionary !== 'object') {
      throw new Error(`src/i18n/${locale}.ts: must export its strings as \`export const ${exportNameOf(locale)}\``);
    }
    dictionaries[locale] = dictionary as Dictionary;
  }
  return dictionaries;
}

export function checkDictionaries(dictionaries: Record<string, Dictionary>, sourceLocale: string): void {
  const source = dictionaries[sourceLocale];
  if (!source) throw new Error(`src/i18n/${sourceLocale}.ts: the source locale's strings are missing`);
  for (const [locale, dictionary] of Object.entries(dictionaries)) {
    const file = `src/i18n/${locale}.ts`;
    for (const key of Object.keys(source)) {
      const value = dictionary[key];
      if (value === undefined) throw new Error(`${file}: ${key}: missing in locale "${locale}"`);
      if (value.trim() === '') throw new Error(`${file}: ${key}: empty in locale "${locale}"`);
      if (placeholders(value).join() !== placeholders(source[key]!).join()) {
        throw new Error(`${file}: ${key}: must use the placeholders of ${sourceLocale} (${placeholders(source[key]!).join(', ') || 'none'})`);
      }
    }
    for (const key of Object.keys(dictionary)) {
      if (!(key in source)) throw new Error(`${file}: ${key}: not a key of ${sourceLocale}; remove it or add it there`);
    }
    const { langTag, kitSets } = dictionary;
    if (langTag !== undefined && langTag.toLowerCase() !== locale) throw new Error(`${file}: langTag: "${langTag}" is not the tag of the folder "${locale}"`);
    if (kitSets !== undefined && !KIT_SETS.includes(kitSets))
      throw new Error(`${file}: kitSets: must be one of ${KIT_SETS.map((sets) => `"${sets}"`).join(', ')}`);
  }
}

/** What a language may have of the kit: both sets, or the reader's set alone. */
export const KIT_SETS = ['reader trainer', 'reader'];

/** The source locale first, then the others in alphabetical order. */
export function orderLocales(locales: string[], sourceLocale: string): string[] {
  return [sourceLocale, ...locales.filter((locale) => locale !== sourceLocale).sort()];
}
