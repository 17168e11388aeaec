/**
 * No silent gaps between languages: every entry of the source locale has a twin with the same
 * name in every other locale that has its set (`ofTheirSet`: a locale with the reader's set alone
 * needs no entry of the trainer's, and has none), no entry sits in a locale the site does not
 * have, and every translation says whether a native speaker has reviewed it.
 */
import { ContentError } from './content-error';
import { localeOfEntryId } from './entry-id';

export interface LocatedEntry {
  /** `en/01-working-definition`: the locale folder and the file's name. */
  id: string;
  /** The file, from the project's root. */
  file: string;
  /** The entry's `reviewed` frontmatter, if any. */
  reviewed?: boolean | undefined;
}

export function checkLocaleCoverage(
  entries: readonly LocatedEntry[],
  locales: readonly string[],
  sourceLocale: string,
  ofTheirSet: (locale: string, name: string) => boolean = () => true,
): void {
  const ids = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) {
    const locale = localeOfEntryId(entry.id);
    const name = entry.id.slice(locale.length + 1);
    if (!locales.includes(locale)) {
      throw new ContentError(entry.file, 'locale', `"${locale}" has no interface strings: add src/i18n/${locale}.ts, or move the file`);
    }
    if (locale !== sourceLocale && !ofTheirSet(locale, name)) {
      throw new ContentError(
        entry.file,
        'file',
        `is of the trainer's set, which "${locale}" does not have (its kitSets): remove it, or give the locale the trainer's set`,
      );
    }
    if (locale === sourceLocale) {
      for (const other of locales) {
        if (other !== sourceLocale && ofTheirSet(other, name) && !ids.has(`${other}/${name}`)) {
          const missing = entry.file.replace(`/${sourceLocale}/`, `/${other}/`);
          throw new ContentError(missing, 'file', `is missing in locale "${other}": translate ${entry.file}`);
        }
      }
    } else {
      if (!ids.has(`${sourceLocale}/${name}`)) {
        throw new ContentError(
          entry.file,
          'file',
          `has no ${sourceLocale} original (${sourceLocale}/${name}); each translation mirrors a ${sourceLocale} entry`,
        );
      }
      if (entry.reviewed === undefined) {
        throw new ContentError(entry.file, 'reviewed', 'say whether a native speaker has reviewed this translation: `reviewed: false` or `reviewed: true`');
      }
    }
  }
}
