/**
 * The built site (dist/, built once by tests/support/build-site.ts) in Debian's Chromium, opened
 * the two ways people open it: from disk (file://, a USB stick or a file from a chat app) and
 * from a web host (http://). Screenshots land in test-results/ to be looked at.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { visit as open } from '../support/visit';
import { isDeck as isDeckFile } from '../../scripts/lib/built-pages.mjs';
import { DIST, fileUrl, SHOTS, useBuiltSite } from '../support/built-site';
import { listFiles } from '../support/content';
import { parseSeed, seedDateToIso } from '../support/seed';

const pages = listFiles(DIST, '.html').map((file) => relative(DIST, file));
const isDeck = (path: string) => isDeckFile(DIST, path);
/** The awareness pages, without the decks (tests/browser/deck.test.ts checks those). */
/** (notes.html, where quick exit goes, is a deliberately bare neutral page.) */
const sitePages = pages.filter((path) => !isDeck(path) && path !== 'notes.html');
const seed = parseSeed();
const site = useBuiltSite();
const visit = (url: string, width = 320) => open(site.browser, url, { width });

describe('the built site', () => {
  it('has the pages the kit promises', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        'en/index.html',
        'en/definition.html',
        'en/where-found.html',
        'en/escape-barriers.html',
        'en/attracts-traffickers.html',
        'en/iom-contributions.html',
        'en/instruments.html',
        'en/about.html',
      ]),
    );
  });

  it('writes no module script, no root-relative URL and nothing from another host into any page', () => {
    for (const path of pages) {
      const html = readFileSync(join(DIST, path), 'utf8');
      expect(html, path).not.toMatch(/<script[^>]*type="module"[^>]*src=/);
      expect(html, path).not.toMatch(/\s(?:src|href)="\/(?!\/)/);
      expect(html, path).not.toMatch(/\s(?:src)="(?:https?:)?\/\//);
      expect(html, path).not.toMatch(/@import|@font-face/);
    }
  });
});

for (const mode of ['file', 'http'] as const) {
  describe(`every page opened over ${mode}://`, () => {
    for (const path of pages) {
      it(`${path}: loads cleanly, fits 320 px, and its links lead to files that exist`, async () => {
        const url = mode === 'file' ? fileUrl(path) : `${site.origin}/${path}`;
        const { page, problems } = await visit(url);
        try {
          expect(problems).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);

          // Every link names a file that is in dist/, and its #fragment is an id on that page.
          const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!));
          for (const href of hrefs.filter((h) => !/^[a-z][a-z0-9+.-]*:/i.test(h))) {
            // (tel: numbers and quick exit's about:blank are not files.)
            const [target, rawFragment] = href.split('#') as [string, string | undefined];
            expect(target, `${path}: ${href}`).not.toMatch(/^\/|\/$/);
            // In a deck, reveal.js links to slides as "#/<slide id>" ("#/" is the first slide).
            const fragment = isDeck(path) && rawFragment?.startsWith('/') ? rawFragment.slice(1) : rawFragment;
            const targetPath = target === '' ? path : join(path, '..', target);
            expect(existsSync(join(DIST, targetPath)), `${path}: ${href}`).toBe(true);
            if (fragment) {
              const html = readFileSync(join(DIST, targetPath), 'utf8');
              expect(html.includes(`id="${fragment}"`), `${path}: ${href}: no element has that id`).toBe(true);
            }
          }
          if (mode === 'file') {
            await page.screenshot({ path: join(SHOTS, `${path.replaceAll('/', '_')}-320.png`), fullPage: true });
          }
        } finally {
          await page.context().close();
        }
      });
    }
  });
}

describe('the pages as a reader meets them', () => {
  it('have one h1, headings in order, and the landmarks a screen reader lists', async () => {
    for (const path of sitePages) {
      const { page } = await visit(fileUrl(path), 1024);
      const outline = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName[1])));
      expect(outline.filter((level) => level === 1), path).toHaveLength(1);
      expect(outline[0], path).toBe(1);
      outline.forEach((level, i) => {
        if (i > 0) expect(level - outline[i - 1]!, `${path}: heading ${i}`).toBeLessThanOrEqual(1);
      });
      for (const landmark of ['body > header', 'main', 'body > footer', 'nav']) {
        expect(await page.locator(landmark).count(), `${path}: ${landmark}`).toBeGreaterThan(0);
      }
      expect(await page.getAttribute('html', 'lang'), path).toBeTruthy();
      await page.context().close();
    }
  });

  it('the home page shows the seed\'s title slide, with its attribution, and leads to every topic', async () => {
    const { page } = await visit(fileUrl('en/index.html'), 1024);
    const text = await page.innerText('main');
    expect(text).toContain(seed.titleSlide.organization);
    expect(text).toContain(seed.titleSlide.tagline);
    expect(await page.innerText('h1')).toBe(seed.titleSlide.title);
    expect(text).toMatch(/IOM.s presentation, c\. 2004/);
    for (const topic of ['definition', 'where-found', 'escape-barriers', 'attracts-traffickers', 'iom-contributions', 'instruments']) {
      expect(await page.locator(`main a[href="${topic}.html"]`).count(), topic).toBe(1);
    }
    await page.screenshot({ path: join(SHOTS, 'en_index-1024.png'), fullPage: true });
    await page.context().close();
  });

  it('every text slide of the seed is on a topic page, title and bullets, with its source', async () => {
    const topicPages = pages.filter((p) => /^en\/(definition|where-found|escape-barriers|attracts-traffickers|iom-contributions)\.html$/.test(p));
    const texts: string[] = [];
    for (const path of topicPages) {
      const { page } = await visit(fileUrl(path), 1024);
      texts.push(await page.innerText('main'));
      await page.context().close();
    }
    const all = texts.join('\n');
    for (const slide of seed.slides.filter((s) => !s.table)) {
      const page = texts.find((text) => text.includes(slide.title));
      expect(page, `slide ${slide.number}: ${slide.title}`).toBeTruthy();
      for (const line of [...slide.items, ...slide.paragraphs]) expect(page, `slide ${slide.number}`).toContain(line);
      expect(all).toContain(`slide ${slide.number} (c. 2004)`);
    }
  });

  it('the 4 million estimate says where it comes from and when', async () => {
    const { page } = await visit(fileUrl('en/where-found.html'), 1024);
    const note = await page.innerText('.figure-note');
    expect(note).toContain('4 million');
    expect(note).toContain('c. 2004');
    expect(note).toMatch(/slide 6/);
    await page.context().close();
  });

  it('every treaty cell of the seed is on the instruments page, dates as <time datetime>', async () => {
    const { page } = await visit(fileUrl('en/instruments.html'), 1024);
    for (const slide of seed.slides.filter((s) => s.table?.columns.join() === 'Signature,Ratification')) {
      const table = page.locator(`#slide-${slide.number} table`);
      expect(await table.locator('caption').innerText()).toContain('Status in 2004, as presented by IOM');
      for (const row of slide.table!.rows) {
        const cells = table.locator('tbody tr', { has: page.locator('th', { hasText: row.label }) }).locator('td');
        for (const [i, seedCell] of row.cells.entries()) {
          const cell = cells.nth(i);
          const accession = /^(\S+) acc$/.exec(seedCell);
          if (seedCell === 'no') expect(await cell.innerText(), `${slide.number} ${row.label} ${i}`).toBe('No');
          else if (seedCell === '') expect(await cell.innerText(), `${slide.number} ${row.label} ${i}`).toMatch(/None .*acceded/);
          else {
            const iso = seedDateToIso(accession ? accession[1]! : seedCell);
            expect(await cell.locator(`time[datetime="${iso}"]`).count(), `${slide.number} ${row.label} ${i}`).toBe(1);
            if (accession) expect(await cell.innerText()).toContain('acceded');
          }
        }
      }
    }
    // Each instrument's entry into force, from ../shared/facts/sources.md §2, with its source.
    for (const date of ['2003-09-29', '2003-12-25', '2004-01-28']) {
      expect(await page.locator(`time[datetime="${date}"]`).count(), date).toBe(1);
    }
    expect(await page.innerText('main')).toContain('UN Treaty Collection');
    await page.screenshot({ path: join(SHOTS, 'en_instruments-1024.png'), fullPage: true });
    await page.context().close();
  });

  it('every count of the victims table is on the page; the empty cell reads "no data", not 0', async () => {
    const { page } = await visit(fileUrl('en/instruments.html'), 1024);
    const slide = seed.slides.find((s) => s.title === 'Victims assisted by IOM')!;
    const table = page.locator(`#slide-${slide.number} table`);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Country', ...slide.table!.columns]);
    for (const row of slide.table!.rows) {
      const cells = await table.locator('tbody tr', { has: page.locator('th', { hasText: row.label }) }).locator('td').allInnerTexts();
      expect(cells, row.label).toEqual(row.cells.map((cell) => (cell === '' ? 'no data' : cell)));
    }
    expect(await page.innerText(`#slide-${slide.number}`)).toContain('not the number of victims');
    await page.context().close();
  });

  it('every full date in the HTML is a <time datetime> (a year, a month or a day)', async () => {
    for (const path of pages) {
      const html = readFileSync(join(DIST, path), 'utf8');
      const datetimes = [...html.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
      for (const value of datetimes) expect(value, path).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      const text = html.replace(/<time[^>]*>[^<]*<\/time>/g, '').replace(/<[^>]+>/g, ' ');
      expect(text, `${path}: a date outside <time>`).not.toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
    }
  });

  it('the definition page relates IOM\'s definition to the Protocol\'s Act, Means and Purpose', async () => {
    const { page } = await visit(fileUrl('en/definition.html'), 1024);
    const text = await page.innerText('main');
    for (const words of ['The Act', 'The Means', 'The Purpose', 'Article 3(a)', 'consent', 'under 18', 'Smuggling']) {
      expect(text).toContain(words);
    }
    await page.context().close();
  });

  it('the About page says the kit is not an IOM publication and names its sources', async () => {
    const { page } = await visit(fileUrl('en/about.html'), 1024);
    const text = await page.innerText('main');
    expect(text).toContain('not an IOM publication');
    expect(text).toContain('Who is the Trafficked Migrant?');
    expect(text).toContain('UN Treaty Collection');
    await page.context().close();
  });

  it('a printed topic page is a handout: the slides without the site\'s navigation', async () => {
    const { page } = await visit(fileUrl('en/escape-barriers.html'), 1024);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#site-nav').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect(await page.locator('.seed-slide').count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'en_escape-barriers-print.png'), fullPage: true });
    await page.context().close();
  });
});
