import { describe, expect, it } from 'vitest';
import { pagePathOf, relativeHref } from '../../src/lib/paths';

describe('relativeHref', () => {
  it('names a file in the same folder', () => {
    expect(relativeHref('en/index.html', 'en/definition.html')).toBe('definition.html');
  });
  it('links a page to itself by its file name, never an empty href', () => {
    expect(relativeHref('en/definition.html', 'en/definition.html')).toBe('definition.html');
  });
  it('climbs out of a locale folder', () => {
    expect(relativeHref('en/index.html', 'index.html')).toBe('../index.html');
  });
  it('goes down from the root', () => {
    expect(relativeHref('index.html', 'en/index.html')).toBe('en/index.html');
  });
  it('crosses to another locale', () => {
    expect(relativeHref('en/definition.html', 'ru/definition.html')).toBe('../ru/definition.html');
  });
  it('keeps a #fragment', () => {
    expect(relativeHref('en/index.html', 'en/definition.html#working-definition')).toBe('definition.html#working-definition');
    expect(relativeHref('deck/en/full.html', 'en/definition.html#x')).toBe('../../en/definition.html#x');
  });
  it('refuses folders and absolute paths, which break on file://', () => {
    expect(() => relativeHref('/en/index.html', 'index.html')).toThrow(/from the site's root/);
    expect(() => relativeHref('en/index.html', 'en/')).toThrow(/from the site's root/);
  });
});

describe('pagePathOf', () => {
  it("is the page's path from the site's root, as the build renders it", () => {
    expect(pagePathOf('/en/definition.html')).toBe('en/definition.html');
    expect(pagePathOf('/downloads/working-abroad-ru.html')).toBe('downloads/working-abroad-ru.html');
  });
  it("names a folder's page by its index.html", () => {
    expect(pagePathOf('/')).toBe('index.html');
    expect(pagePathOf('/en/')).toBe('en/index.html');
  });
});
