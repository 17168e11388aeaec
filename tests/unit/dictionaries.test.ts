import { describe, expect, it } from 'vitest';
import { checkDictionaries, orderLocales, readDictionaries } from '../../src/lib/dictionaries';

const en = { siteName: 'Who is the Trafficked Migrant?', fromSeedSlide: 'slide {slide}' };

describe('checkDictionaries', () => {
  it('accepts a locale with every key, translated, with the same placeholders', () => {
    expect(() => checkDictionaries({ en, ru: { siteName: 'Кто такой…', fromSeedSlide: 'слайд {slide}' } }, 'en')).not.toThrow();
  });
  it('names the locale and the key of a missing string', () => {
    expect(() => checkDictionaries({ en, ru: { siteName: 'Кто такой…' } }, 'en')).toThrow('src/i18n/ru.ts: fromSeedSlide: missing in locale "ru"');
  });
  it('refuses an empty string', () => {
    expect(() => checkDictionaries({ en, ru: { siteName: ' ', fromSeedSlide: 'слайд {slide}' } }, 'en')).toThrow('src/i18n/ru.ts: siteName: empty');
  });
  it('refuses a placeholder renamed in translation, which would print "{слайд}" to a reader', () => {
    expect(() => checkDictionaries({ en, ru: { siteName: 'x', fromSeedSlide: 'слайд {слайд}' } }, 'en')).toThrow(
      /fromSeedSlide: must use the placeholders of en \(slide\)/,
    );
  });
  it('refuses a key the source does not have', () => {
    expect(() => checkDictionaries({ en, ru: { ...en, extra: 'x' } }, 'en')).toThrow('src/i18n/ru.ts: extra: not a key of en');
  });
});

describe('readDictionaries', () => {
  it("takes each file's dictionary from the export named like the file", () => {
    expect(readDictionaries({ '../i18n/en.ts': { en }, '../i18n/kk.ts': { kk: en } })).toEqual({ en, kk: en });
  });
  it('refuses a file that exports its strings under another name', () => {
    expect(() => readDictionaries({ '../i18n/kk.ts': { en } })).toThrow('src/i18n/kk.ts: must export its strings as `export const kk`');
  });
});

describe('orderLocales', () => {
  it('puts the source language first', () => {
    expect(orderLocales(['ru', 'kk', 'en'], 'en')).toEqual(['en', 'kk', 'ru']);
  });
});
