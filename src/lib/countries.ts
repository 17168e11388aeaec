/** The five countries of the seed's tables, in the seed's order: the migrants' home countries. */
export const COUNTRIES = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'] as const;

export type Country = (typeof COUNTRIES)[number];

/** Where these migrants mostly go to work (../shared/facts/sources.md §6 has help lines there). */
export const DESTINATIONS = ['Russia', 'Turkey', 'United Arab Emirates', 'South Korea'] as const;

/** The countries the help lines are in: where migrants are now, then their home countries. */
export const CONTACT_COUNTRIES = [...DESTINATIONS, ...COUNTRIES] as const;

export type ContactCountry = (typeof CONTACT_COUNTRIES)[number];

export const isDestination = (country: ContactCountry): boolean => (DESTINATIONS as readonly string[]).includes(country);
