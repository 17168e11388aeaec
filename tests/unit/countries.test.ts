import { describe, expect, it } from 'vitest';
import { COUNTRIES, countrySlug, homeFirst } from '../../src/lib/countries';

describe("the help page's home countries", () => {
  it("come with the reader's own country first, the others in the seed's order", () => {
    expect(homeFirst(COUNTRIES, (country) => country, 'uzbekistan')).toEqual(['Uzbekistan', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan']);
    expect(homeFirst(COUNTRIES, (country) => country, 'tajikistan')[0]).toBe('Tajikistan');
  });
  it('keep their order in a language of no one country ("-")', () => {
    expect(homeFirst(COUNTRIES, (country) => country, '-')).toEqual([...COUNTRIES]);
  });
  it('are named as their files of content/contacts/', () => {
    expect(countrySlug('United Arab Emirates')).toBe('united-arab-emirates');
  });
});
