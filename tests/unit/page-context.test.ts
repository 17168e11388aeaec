import { describe, expect, it } from 'vitest';
import { pageContext as contextOf } from '../../src/lib/page-context';

const site = { sourceNames: { en: { a: 'A' }, ru: { a: 'А' } }, quickExit: { en: 'https://en.example/', ru: 'https://ru.example/' } };
const pageContext = (pathname: string, locale: string | undefined) => contextOf(pathname, locale, site);

describe('what a page knows about itself', () => {
  it("takes its language from the route, and its words and direction from that language's dictionary", () => {
    const page = pageContext('/ru/help.html', 'ru');
    expect(page.locale).toBe('ru');
    expect(page.t('help')).not.toBe(pageContext('/en/help.html', 'en').t('help'));
    expect(page.dir).toBe('ltr');
    expect(page.intlLocale).toBe('ru');
  });
  it('is in the source language where the route has none (the language chooser)', () => {
    expect(pageContext('/', undefined).locale).toBe('en');
  });
  it('links relative to itself', () => {
    expect(pageContext('/ru/', 'ru').href('ru/help.html')).toBe('help.html');
    expect(pageContext('/ru/present/full.html', 'ru').href('ru/definition.html#x')).toBe('../definition.html#x');
  });
  it('knows a file that opens alone, which links only within itself', () => {
    expect(pageContext('/downloads/working-abroad-en.html', 'en').standalone).toBe(true);
    expect(pageContext('/en/index.html', 'en').standalone).toBe(false);
  });
  it('names sources, and leaves by Quick exit, in its own language', () => {
    expect(pageContext('/ru/contacts.html', 'ru').sourceNames.a).toBe('А');
    expect(pageContext('/ru/contacts.html', 'ru').quickExitWeb).toBe('https://ru.example/');
  });
  it('refuses a language the site does not have', () => {
    expect(() => pageContext('/xx/index.html', 'xx')).toThrow(/xx/);
  });
});
