/**
 * Adding a language is adding files: a copy of the project gets a third locale ("kk", filled
 * here with copies of the English files) by adding a dictionary and a folder of entries per
 * collection, with no change to the code, and builds it. (A gap in a locale stops the build with
 * the entry or string and the locale named: tests/unit/locale-coverage.test.ts and
 * dictionaries.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIn, makeProjectCopy } from '../support/fixture-project';

function addLocale(dir: string, locale: string): void {
  const english = readFileSync(join(dir, 'src/i18n/en.ts'), 'utf8');
  writeFileSync(
    join(dir, `src/i18n/${locale}.ts`),
    english
      .replace('import type', 'import type')
      .replace(/export const en = \{/, `import type { UiStrings } from './en';\nexport const ${locale}: UiStrings = {`)
      .replace(/\} as const;\s*export type UiStrings[^\n]*\n/, '};\n')
      .replace("languageName: 'English'", "languageName: 'Fixture language'"),
  );
  // The organisation's settings name where Quick exit goes in each language.
  const settings = join(dir, 'content/settings/kit.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^quickExit:\n/m, `quickExit:\n  ${locale}: "https://${locale}.m.wikipedia.org/"\n`));
  for (const collection of readdirSync(join(dir, 'content'))) {
    const source = join(dir, 'content', collection, 'en');
    if (!existsSync(source)) continue;
    const target = join(dir, 'content', collection, locale);
    cpSync(source, target, { recursive: true });
    for (const file of readdirSync(target)) {
      const path = join(target, file);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, path.endsWith('.yaml') ? `${text}reviewed: false\n` : text.replace(/^---\n/, '---\nreviewed: false\n'));
    }
  }
}

describe('a third language', () => {
  it('is built from its files alone: every page and deck, the language switch, hreflang', () => {
    const project = makeProjectCopy((dir) => addLocale(dir, 'kk'));
    try {
      const { status, output } = buildIn(project.dir, { SOURCE_DATE_EPOCH: '1700000000' });
      expect(status, output).toBe(0);
      const dist = join(project.dir, 'dist');
      for (const page of [
        'index.html',
        'basics.html',
        'what-to-do.html',
        'contacts.html',
        'agreements.html',
        'about.html',
        'trainers.html',
        'present/full.html',
        'present/basics.html',
      ]) {
        expect(existsSync(join(dist, 'kk', page)), `kk/${page}`).toBe(true);
      }
      const root = readFileSync(join(dist, 'index.html'), 'utf8');
      expect(root).toMatch(/href="kk\/index\.html"[^>]*>Fixture language</);
      for (const single of ['short-kk.html', 'short-kk.txt', 'working-abroad-kk.html'])
        expect(existsSync(join(project.dir, 'release', single)), single).toBe(true);
      const english = readFileSync(join(dist, 'en', 'basics.html'), 'utf8');
      expect(english).toContain('<link rel="alternate" hreflang="kk" href="../kk/basics.html">');
      expect(english).toMatch(/href="\.\.\/kk\/basics\.html"[^>]*lang="kk"/);
      const kazakh = readFileSync(join(dist, 'kk', 'basics.html'), 'utf8');
      expect(kazakh).toContain('<html lang="kk"');
      expect(kazakh).toContain('data-neutral-web="https://kk.m.wikipedia.org/"');
    } finally {
      project.remove();
    }
  });
});
