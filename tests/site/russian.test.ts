/**
 * Russian as Russian is written (#16): every Russian page, deck and single file read as a Russian
 * reader reads it (what is marked as another language left out).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtml, inOwnLanguage, wordsOf } from '../support/html';
import { builtPages } from '../support/site';
import { CONTENT, readYaml } from '../support/content';

const russianFiles = (): string[] => builtPages().filter((path) => path.startsWith('ru/') || /-ru\.html$/.test(path));
const russianText = (path: string): string => wordsOf(inOwnLanguage(builtHtml(path), 'ru'));

describe('the Russian pages', () => {
  it('are there to check', () => {
    // Pages, decks, the reader edition, the one-screen file and the single deck.
    expect(russianFiles().length).toBeGreaterThan(25);
  });

  it('write months in full, in the genitive, in every date (charts too), never abbreviated', () => {
    const abbreviated = /\b\d{1,2} (янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.(?= ?\d{4})/u;
    for (const path of russianFiles()) expect(abbreviated.exec(russianText(path))?.[0], path).toBeUndefined();
    // A date's own full stop ends the sentence: never «2021 г..».
    for (const path of russianFiles()) expect(/г\.\s*\./u.exec(russianText(path))?.[0], path).toBeUndefined();
    // A year alone is marked as Russian marks it: «Опубликовано: «Сана Сезим» (sanasezim.org), 2018 г.».
    expect(russianText('ru/contacts.html')).toMatch(/\(sanasezim\.org\), 2018 г\./u);
    // And the dates are there, in full: the treaty charts write the instruments' dates.
    expect(russianText('ru/agreements.html')).toMatch(/\b13 декабря 2000 г\./u);
  });

  it('put quotations in « », with „ “ only inside them, never English marks', () => {
    for (const path of russianFiles()) {
      const text = russianText(path).replace(/„[^„“”"«»]*“/gu, '');
      expect(/[“”"]/u.exec(text) ? text.slice(Math.max(0, text.search(/[“”"]/u) - 60), text.search(/[“”"]/u) + 20) : undefined, path).toBeUndefined();
    }
  });

  it('name every source in Russian: no English name of a source where the Russian one differs', () => {
    const english = readYaml(join(CONTENT, 'sources/en/sources.yaml')).names as Record<string, string>;
    const russian = readYaml(join(CONTENT, 'sources/ru/sources.yaml')).names as Record<string, string>;
    const englishOnly = Object.entries(english).filter(([key, name]) => russian[key] !== name && !russian[key]?.includes(name));
    expect(englishOnly.length).toBeGreaterThan(5);
    for (const path of russianFiles()) {
      const text = russianText(path);
      for (const [key, name] of englishOnly) expect(text.includes(name) ? key : undefined, `${path}: ${name}`).toBeUndefined();
    }
  });

  it('give each instrument its official title in full on the agreements page and its treaty slide', () => {
    const official = 'Протокол о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее';
    expect(russianText('ru/agreements.html')).toContain(official);
    expect(russianText('ru/present/full.html')).toContain(official);
    expect(russianText('ru/glossary.html')).toContain(official);
  });
});
