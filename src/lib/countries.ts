/** The five countries of the seed's tables, in the seed's order: the migrants' home countries. */
export const COUNTRIES = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'] as const;

export type Country = (typeof COUNTRIES)[number];

/** Where these migrants mostly go to work (../shared/facts/sources.md §6 has help lines there). */
export const DESTINATIONS = ['Russia', 'Turkey', 'United Arab Emirates', 'South Korea'] as const;

/** The countries the help lines are in: where migrants are now, then their home countries. */
export const CONTACT_COUNTRIES = [...DESTINATIONS, ...COUNTRIES] as const;

export type ContactCountry = (typeof CONTACT_COUNTRIES)[number];

export const isDestination = (country: ContactCountry): boolean => (DESTINATIONS as readonly string[]).includes(country);

/** A country as its file in content/contacts/ is named: `United Arab Emirates` → `united-arab-emirates`. */
export const countrySlug = (country: string): string => country.toLowerCase().replace(/ /g, '-');

/**
 * The home countries with the reader's own first (a language's `homeCountry`: Uzbek readers see
 * Uzbekistan first), the others in the order given; `-` keeps the order.
 */
export function homeFirst<T>(entries: readonly T[], countryOf: (entry: T) => string, home: string): T[] {
  const own = entries.filter((entry) => countrySlug(countryOf(entry)) === home);
  return [...own, ...entries.filter((entry) => !own.includes(entry))];
}
