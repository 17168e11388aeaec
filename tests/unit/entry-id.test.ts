import { describe, expect, it } from 'vitest';
import { localeOfEntryId, parseSlideEntryId } from '../../src/lib/entry-id';

describe('parseSlideEntryId', () => {
  it('reads locale, place and slug from <locale>/NN-slug', () => {
    expect(parseSlideEntryId('en/01-working-definition')).toEqual({ locale: 'en', position: 1, slug: 'working-definition' });
    expect(parseSlideEntryId('ru/12-who-are-stakeholders')).toEqual({ locale: 'ru', position: 12, slug: 'who-are-stakeholders' });
  });
  it('refuses ids without a locale folder or a two-digit place', () => {
    expect(parseSlideEntryId('01-working-definition')).toBeUndefined();
    expect(parseSlideEntryId('en/1-working-definition')).toBeUndefined();
    expect(parseSlideEntryId('en/working-definition')).toBeUndefined();
  });
});

describe('localeOfEntryId', () => {
  it('is the first folder of the id', () => {
    expect(localeOfEntryId('en/about')).toBe('en');
    expect(localeOfEntryId('about')).toBe('');
  });
});
