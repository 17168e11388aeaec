// The shortest version of one language, from its content: the signs and steps of
// content/in-short/, and every help line of content/contacts/ with a short label and its
// source's short name. The one-screen file and the plain text both render this.
import type { Citation } from '../schemas/guide';
import type { ContactsEntry } from './entries';
import type { LocaleContent } from './site';
import { homeFirst, isDestination } from '../lib/countries';
import { stringFor, uiStrings, type Translate } from '../lib/i18n';
import { sourceAndYear, type ShortVersion } from '../lib/short-version';

/** A country's name, short where the language has a short one the reader knows ("UAE"). */
const shortCountryName = (locale: string, country: string): string => {
  const strings = uiStrings(locale) as Record<string, string>;
  return strings[`country.short.${country}`] ?? stringFor(locale, `country.${country}`, `content/contacts/ (${country})`);
};

export function shortVersionOf(content: LocaleContent, contacts: readonly ContactsEntry[], t: Translate): ShortVersion {
  const { locale, inShort, shortSourceNames } = content;
  const citationName = (citation: Citation) =>
    'seedSlide' in citation ? t('short.seed') : sourceAndYear(shortSourceNames[citation.source] ?? citation.source, citation.published);
  const shortLine = (line: { text: string; from?: readonly Citation[] | undefined }) => ({
    text: line.text,
    sources: [...new Set((line.from ?? []).map(citationName))],
  });
  const sources = [...new Set([...inShort.data.signs, ...inShort.data.do].flatMap((line) => (line.from ?? []).map(citationName)))];
  const country = (entry: ContactsEntry) => {
    const word = (key: string) => stringFor(locale, key, entry.filePath ?? entry.data.country);
    return {
      name: shortCountryName(locale, entry.data.country),
      contacts: entry.data.contacts.map((contact) => ({
        shown: contact.number ?? contact.telegram ?? '',
        telegram: contact.number === undefined,
        label: word(`contact.short.${contact.kind}`),
        place: contact.place && word(`contact.place.${contact.place}`),
        source: shortSourceNames[contact.source] ?? contact.source,
        published: contact.published,
      })),
    };
  };
  return {
    title: t('siteName'),
    signsHeading: t('short.signs'),
    signs: inShort.data.signs.map(shortLine),
    doHeading: t('short.do'),
    steps: inShort.data.do.map(shortLine),
    numbersHeading: t('short.numbers'),
    caution: t('short.caution'),
    groups: [
      { title: t('help.now'), countries: contacts.filter((entry) => isDestination(entry.data.country)).map(country) },
      {
        title: t('help.home'),
        countries: homeFirst(
          contacts.filter((entry) => !isDestination(entry.data.country)),
          (entry) => entry.data.country,
          t('homeCountry'),
        ).map(country),
      },
    ],
    sources,
  };
}
