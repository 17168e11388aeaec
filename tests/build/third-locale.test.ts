/**
 * Adding a language is adding files: a copy of the project gets one more locale ("xx", filled
 * here with copies of the English files), with the reader's set alone, as the region's languages
 * have it: a dictionary (every string; `langTag: 'xx'`, `kitSets: 'reader'`), a folder of entries
 * in each collection of the reader's set (not data-slides, session-plan, glossary, nor the
 * trainer's pages of content/pages/), and where Quick exit goes in it (content/settings/kit.yaml).
 * No change to the code; it builds, and its pages lead to the trainer's set in Russian. (A gap in
 * a locale stops the build with the entry or string and the locale named:
 * tests/unit/locale-coverage.test.ts and dictionaries.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIn, makeProjectCopy } from '../support/fixture-project';
import { readZip } from '../../scripts/lib/zip.ts';

const ORGANISATION = `organisation:
  name: "Fixture Migrant Support Centre"
  logo: "logo.svg"
presenter: "Aigerim Fixture"
date: "2026-12-10"
place: "Osh"
siteAddress: "https://example.org/kit/"
`;
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script>' +
  '<image href="https://tracker.example/x.png" width="1" height="1"/><a xlink:href="javascript:alert(3)"><rect width="10" height="10" fill="#0a4d8c"/></a></svg>';

/** What a locale with the reader's set alone leaves out: the trainer's collections and pages. */
const TRAINERS_COLLECTIONS = ['data-slides', 'session-plan', 'glossary'];
const TRAINERS_PAGES = ['glossary.md', 'later-developments.md', 'session-plan.md', 'trainers.md'];

function addLocale(dir: string, locale: string): void {
  const english = readFileSync(join(dir, 'src/i18n/en.ts'), 'utf8');
  writeFileSync(
    join(dir, `src/i18n/${locale}.ts`),
    english
      .replace('import type', 'import type')
      .replace(/export const en = \{/, `import type { UiStrings } from './en';\nexport const ${locale}: UiStrings = {`)
      .replace(/\} as const;\s*export type UiStrings[^\n]*\n/, '};\n')
      .replace("languageName: 'English'", "languageName: 'Fixture language'")
      .replace("langTag: 'en'", `langTag: '${locale}'`)
      .replace("kitSets: 'reader trainer'", "kitSets: 'reader'"),
  );
  // The organisation's settings name where Quick exit goes in each language; this copy also sets
  // an organisation (with an SVG logo holding what must be removed) and the hosted site's address.
  const settings = join(dir, 'content/settings/kit.yaml');
  writeFileSync(
    settings,
    `${ORGANISATION}${readFileSync(settings, 'utf8').replace(/^quickExit:\n/m, `quickExit:\n  ${locale}: "https://${locale}.m.wikipedia.org/"\n`)}`,
  );
  writeFileSync(join(dir, 'content/settings/logo.svg'), LOGO);
  for (const collection of readdirSync(join(dir, 'content'))) {
    const source = join(dir, 'content', collection, 'en');
    if (!existsSync(source) || TRAINERS_COLLECTIONS.includes(collection)) continue;
    const target = join(dir, 'content', collection, locale);
    cpSync(source, target, { recursive: true, filter: (file) => !TRAINERS_PAGES.some((page) => file.endsWith(`/pages/en/${page}`)) });
    for (const file of readdirSync(target)) {
      const path = join(target, file);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, path.endsWith('.yaml') ? `${text}reviewed: false\n` : text.replace(/^---\n/, '---\nreviewed: false\n'));
    }
  }
}

describe('a third language', () => {
  it('is built from its files alone: the reader’s set, the language switch, hreflang, the trainer’s set in Russian; and the organisation’s settings show where they belong', () => {
    const project = makeProjectCopy((dir) => addLocale(dir, 'xx'));
    try {
      // Without the PDFs and the offline libraries' files, which this test does not look at (the
      // site tests check the project's own build for them): a build of three languages is long.
      const { status, output } = buildIn(project.dir, { SOURCE_DATE_EPOCH: '1700000000', KIT_SKIP_OFFLINE_FILES: '1' });
      expect(status, output).toBe(0);
      const dist = join(project.dir, 'dist');
      for (const page of [
        'index.html',
        'basics.html',
        'what-to-do.html',
        'job-offer.html',
        'before-you-go.html',
        'contacts.html',
        'privacy.html',
        'about.html',
      ]) {
        expect(existsSync(join(dist, 'xx', page)), `xx/${page}`).toBe(true);
      }
      // The trainer's set is not made in it: its pages lead there in Russian, and say so.
      for (const page of ['trainers.html', 'agreements.html', 'exercises.html', 'present'])
        expect(existsSync(join(dist, 'xx', page)), `xx/${page}`).toBe(false);
      expect(readFileSync(join(dist, 'xx', 'contacts.html'), 'utf8')).toMatch(
        /<a href="\.\.\/ru\/trainers\.html"[^>]*hreflang="ru"[^>]*>\s*For trainers \(in Russian\)\s*</,
      );
      // The language switch of a trainer's page offers only the languages that have it.
      expect(readFileSync(join(dist, 'en', 'trainers.html'), 'utf8')).not.toContain('xx/trainers.html');
      const root = readFileSync(join(dist, 'index.html'), 'utf8');
      expect(root).toMatch(/href="xx\/index\.html"[^>]*>Fixture language</);
      for (const single of ['short-xx.html', 'short-xx.txt', 'working-abroad-xx.html'])
        expect(existsSync(join(project.dir, 'release', single)), single).toBe(true);
      expect(existsSync(join(project.dir, 'release', 'presentation-xx.html'))).toBe(false);
      const english = readFileSync(join(dist, 'en', 'basics.html'), 'utf8');
      // With the site's address set: absolute alternates and a canonical link on the hosted
      // pages, and a sitemap; the language switch itself stays relative.
      expect(english).toContain('<link rel="alternate" hreflang="xx" href="https://example.org/kit/xx/basics.html" data-hosted>');
      expect(english).toContain('<link rel="canonical" href="https://example.org/kit/en/basics.html" data-hosted>');
      expect(english).toMatch(/href="\.\.\/xx\/basics\.html"[^>]*lang="xx"/);
      const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('<loc>https://example.org/kit/xx/basics.html</loc>');
      expect(sitemap).toContain('<loc>https://example.org/kit/en/index.html</loc>');
      expect(sitemap).not.toContain('notes');
      expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain('<loc>https://example.org/kit/sitemap-0.xml</loc>');
      // The offline zip carries none of them: no sitemap, no link to the hosted site.
      const zip = readZip(
        readFileSync(
          join(
            project.dir,
            'release',
            readdirSync(join(project.dir, 'release')).find((f) => f.endsWith('-offline.zip'))!,
          ),
        ),
      );
      expect(zip.some((entry) => /sitemap/.test(entry.name))).toBe(false);
      for (const entry of zip.filter((e) => e.name.endsWith('.html')))
        expect(entry.data.toString('utf8'), entry.name).not.toMatch(/href="https:\/\/example\.org/);
      // The organisation on every deck's title slide, never on a page for readers.
      for (const deck of ['en/present/full.html', 'ru/present/session.html', 'en/present/exercises.html']) {
        const page = readFileSync(join(dist, deck), 'utf8');
        const title = page.slice(page.indexOf('<section'), page.indexOf('</section>'));
        for (const words of ['Fixture Migrant Support Centre', 'Aigerim Fixture', 'Osh']) expect(title, deck).toContain(words);
        if (deck.startsWith('en/')) expect(title).toContain('Presented by Aigerim Fixture');
        // Its logo, cleaned: nothing active, nothing from elsewhere.
        const logo = Buffer.from(/src="data:image\/svg\+xml;base64,([^"]+)"/.exec(title)![1]!, 'base64').toString('utf8');
        expect(logo).toContain('<rect');
        expect(logo).not.toMatch(/script|onload|javascript|tracker\.example|<image/);
        // A QR code to the hosted reader edition on the closing help slide.
        expect(page.slice(page.lastIndexOf('<section'))).toMatch(/class="qr-code"[\s\S]*https:\/\/example\.org\/kit\/downloads\/working-abroad-(en|ru)\.html/);
      }
      for (const page of ['en/index.html', 'en/contacts.html', 'xx/what-to-do.html'])
        expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain('Fixture Migrant Support Centre');
      const added = readFileSync(join(dist, 'xx', 'basics.html'), 'utf8');
      expect(added).toContain('<html lang="xx"');
      expect(added).toContain('data-neutral-web="https://xx.m.wikipedia.org/"');
    } finally {
      project.remove();
    }
  });
});
