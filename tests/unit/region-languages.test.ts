/**
 * The region's languages are written in their own letters (README "The region's languages"):
 * Uzbek in the Latin script with ʻ (U+02BB) in oʻ and gʻ and ʼ (U+02BC) for the tutuq belgisi,
 * never an apostrophe that a phone's font or a search would read as another character; Tajik,
 * Kyrgyz and Kazakh in the Cyrillic script with their own letters, not Russian ones in their place.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

/** Every file a locale's words are written in, by hand: its content and its dictionary. */
function filesOf(locale: string): { file: string; text: string }[] {
  const content = join(PROJECT_ROOT, 'content');
  const files = readdirSync(content)
    .filter((collection) => existsSync(join(content, collection, locale)))
    .flatMap((collection) => readdirSync(join(content, collection, locale)).map((name) => `content/${collection}/${locale}/${name}`));
  return [...files, `src/i18n/${locale}.ts`].map((file) => ({ file, text: readFileSync(join(PROJECT_ROOT, file), 'utf8') }));
}

const count = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;

describe('Uzbek (Latin script)', () => {
  const files = filesOf('uz');
  it('writes oʻ and gʻ with ʻ and the tutuq belgisi with ʼ, never an apostrophe', () => {
    const wrong = files.flatMap(({ file, text }) =>
      text
        .split('\n')
        // The dictionary's comments are the builders' English.
        .flatMap((line, index) =>
          /\p{L}['’‘`]\p{L}/u.test(line) && !/^\s*(\/\/|\/\*|\*)/.test(line) ? [`${file}:${index + 1}: ${line.trim().slice(0, 80)}`] : [],
        ),
    );
    expect(wrong).toEqual([]);
    // ʻ only in oʻ and gʻ.
    expect(files.filter(({ text }) => /[^oOgG]ʻ/.test(text)).map(({ file }) => file)).toEqual([]);
    expect(files.some(({ text }) => text.includes('oʻ')) && files.some(({ text }) => text.includes('ʼ'))).toBe(true);
  });
  it('is in Latin letters, file by file', () => {
    for (const { file, text } of files) {
      expect(count(text, /\p{Script=Cyrillic}/gu), `${file} has Cyrillic letters`).toBeLessThan(count(text, /\p{Script=Latin}/gu) / 100);
    }
  });
});

describe('the Cyrillic languages of the region', () => {
  const own: Record<string, string[]> = {
    tg: ['ғ', 'ӣ', 'қ', 'ӯ', 'ҳ', 'ҷ'],
    ky: ['ң', 'ө', 'ү'],
    // Kazakh's һ is rare (Arabic and Persian words): the kit's texts have none; the font test shows it.
    kk: ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'],
  };
  for (const [locale, letters] of Object.entries(own)) {
    it(`${locale}: is in Cyrillic letters, with its own letters`, () => {
      const text = filesOf(locale)
        .map(({ text }) => text)
        .join('\n');
      // The Latin letters are keys, ids, addresses and names: far fewer than the words.
      expect(count(text, /\p{Script=Latin}/gu)).toBeLessThan(count(text, /\p{Script=Cyrillic}/gu) / 3);
      for (const letter of letters) expect(text.toLowerCase(), `${locale} never uses ${letter}`).toContain(letter);
    });
  }
});
