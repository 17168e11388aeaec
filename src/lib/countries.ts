/** The five countries of the seed's tables, in the seed's order. */
export const COUNTRIES = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'] as const;

export type Country = (typeof COUNTRIES)[number];
