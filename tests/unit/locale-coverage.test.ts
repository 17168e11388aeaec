import { describe, expect, it } from 'vitest';
import { checkLocaleCoverage } from '../../src/lib/locale-coverage';
import { inLocale } from '../../src/lib/routes';

const entry = (id: string, reviewed?: boolean) => ({ id, file: `content/definition/${id}.mdx`, reviewed });

describe('checkLocaleCoverage', () => {
  it('accepts a translation of every entry, each saying whether it was reviewed', () => {
    expect(() => checkLocaleCoverage([entry('en/01-a'), entry('ru/01-a', false)], ['en', 'ru'], 'en')).not.toThrow();
  });
  it('names the missing file and its locale', () => {
    expect(() => checkLocaleCoverage([entry('en/01-a'), entry('en/02-b'), entry('ru/01-a', false)], ['en', 'ru'], 'en')).toThrow(
      'content/definition/ru/02-b.mdx: file: is missing in locale "ru": translate content/definition/en/02-b.mdx',
    );
  });
  it('refuses a translation that does not say whether it was reviewed', () => {
    expect(() => checkLocaleCoverage([entry('en/01-a'), entry('ru/01-a')], ['en', 'ru'], 'en')).toThrow('content/definition/ru/01-a.mdx: reviewed:');
  });
  it('refuses a translation without an original', () => {
    expect(() => checkLocaleCoverage([entry('en/01-a'), entry('ru/01-a', true), entry('ru/09-z', true)], ['en', 'ru'], 'en')).toThrow(
      'content/definition/ru/09-z.mdx: file: has no en original',
    );
  });
  it('refuses entries in a locale that has no interface strings', () => {
    expect(() => checkLocaleCoverage([entry('en/01-a'), entry('kk/01-a', false)], ['en'], 'en')).toThrow(
      'content/definition/kk/01-a.mdx: locale: "kk" has no interface strings',
    );
  });
});

describe("checkLocaleCoverage, with a locale of the reader's set alone", () => {
  // "uz" has the reader's set only: here, 01-a is of the reader's set, 02-t of the trainer's.
  const ofTheirSet = (locale: string, name: string) => locale !== 'uz' || !name.endsWith('-t');
  const locales = ['en', 'ru', 'uz'];
  it("needs every entry of the reader's set, and none of the trainer's", () => {
    expect(() =>
      checkLocaleCoverage(
        [entry('en/01-a'), entry('en/02-t'), entry('ru/01-a', false), entry('ru/02-t', false), entry('uz/01-a', false)],
        locales,
        'en',
        ofTheirSet,
      ),
    ).not.toThrow();
  });
  it("names a missing part of the reader's set", () => {
    expect(() =>
      checkLocaleCoverage([entry('en/01-a'), entry('en/02-t'), entry('ru/01-a', false), entry('ru/02-t', false)], locales, 'en', ofTheirSet),
    ).toThrow('content/definition/uz/01-a.mdx: file: is missing in locale "uz"');
  });
  it("refuses an entry of the trainer's set there, saying the locale does not have that set", () => {
    expect(() =>
      checkLocaleCoverage(
        [entry('en/01-a'), entry('en/02-t'), entry('ru/01-a', false), entry('ru/02-t', false), entry('uz/01-a', false), entry('uz/02-t', false)],
        locales,
        'en',
        ofTheirSet,
      ),
    ).toThrow('content/definition/uz/02-t.mdx: file: is of the trainer\'s set, which "uz" does not have');
  });
});

describe('inLocale', () => {
  it('gives the same page in another language', () => {
    expect(inLocale('en/definition.html', 'en', 'ru')).toBe('ru/definition.html');
    expect(inLocale('ru/present/full.html', 'ru', 'en')).toBe('en/present/full.html');
  });
  it('refuses a page outside the locale', () => {
    expect(() => inLocale('index.html', 'en', 'ru')).toThrow(/not a page of locale "en"/);
  });
});
