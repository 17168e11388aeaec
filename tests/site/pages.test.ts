/**
 * Every page and deck of the kit as the crawl met it (tests/support/crawl.ts): opened from disk
 * out of the unzipped offline zip, and from a web host, it loads cleanly, fits 320 px, and every
 * link leads to a file and an id that are there. Then the pages' content as a reader reads it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed, seedDateToIso } from '../support/seed';
import { LANDMARKS } from '../support/crawl';
import { screenshot } from '../support/screenshots';
import { isPackageFile } from '../../src/lib/package-files';
import { awarenessPages, builtPages, crawl, DIST, fileUrl, isDeck, isNeutral, NEUTRAL_PAGE, unzipped, useBrowser } from '../support/site';
import { KIT_BASENAME } from '../../src/lib/kit';

const seed = parseSeed();
const site = useBrowser();
const ZIP = `downloads/${KIT_BASENAME}-offline.zip`;

const hasScheme = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href);

async function open(path: string, width = 1024) {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(fileUrl(path));
  return page;
}

describe('the built site', () => {
  it('has the pages the kit promises, under neutral file names', () => {
    expect(builtPages()).toEqual(
      expect.arrayContaining([
        'index.html',
        'notes.html',
        ...['en', 'ru'].flatMap((locale) =>
          [
            'index.html',
            'basics.html',
            'work.html',
            'problems.html',
            'why.html',
            'support.html',
            'what-to-do.html',
            'job-offer.html',
            'before-you-go.html',
            'contacts.html',
            'privacy.html',
            'about.html',
            'notes.html',
            'trainers.html',
            'agreements.html',
            'exercises.html',
            'session-plan.html',
            'glossary.html',
            'present/full.html',
            'present/basics.html',
            'present/exercises.html',
          ].map((page) => `${locale}/${page}`),
        ),
        'downloads/working-abroad-en.html',
        'downloads/short-en.html',
        'downloads/presentation-en.html',
      ]),
    );
    expect(existsSync(join(DIST, 'downloads/short-ru.txt'))).toBe(true);
  });

  it('writes no module script, no root-relative URL and nothing from another host into any page', () => {
    for (const path of builtPages()) {
      const html = readFileSync(join(DIST, path), 'utf8');
      expect(html, path).not.toMatch(/<script[^>]*type="module"[^>]*src=/);
      expect(html, path).not.toMatch(/\s(?:src|href)="\/(?!\/)/);
      expect(html, path).not.toMatch(/\s(?:src)="(?:https?:)?\/\//);
      expect(html, path).not.toMatch(/@import|@font-face/);
    }
  });

  it('every page and deck of the zip was crawled from disk; every deck and the pages of a language over http', () => {
    const pages = crawl().pages;
    // (The single-file decks are opened alone, by kit.test.ts.)
    const site = builtPages().filter((path) => !(path.startsWith('downloads/') && isDeck(path)));
    expect(pages.map((page) => page.path)).toEqual(site);
    const overHttp = pages.filter((page) => page.http).map((page) => page.path);
    for (const path of site.filter((p) => isDeck(p) || (p.startsWith('en/') && !isNeutral(p)) || p === 'index.html')) expect(overHttp).toContain(path);
  });
});

describe('every page and deck, from disk (the unzipped kit) and over http', () => {
  it('loads with no error, no failed request and nothing from another host', () => {
    const problems = crawl().pages.flatMap(({ path, disk, http }) => [
      ...disk.problems.map((p) => `disk ${path}: ${p}`),
      ...(http?.problems ?? []).map((p) => `http ${path}: ${p}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('does not scroll sideways at 320 px', () => {
    expect(
      crawl()
        .pages.filter((page) => page.overflow > 0)
        .map((page) => `${page.path}: ${page.overflow} px`),
    ).toEqual([]);
  });

  it('links only to files and ids that are there (relative links, never a folder or /…), and to no other host', () => {
    const broken: string[] = [];
    const top = unzipped();
    for (const { path, deck, hrefs } of crawl().pages) {
      for (const href of hrefs) {
        if (hasScheme(href)) {
          // The only links with a scheme are the help lines' tel: numbers (the kit makes them
          // from its data) and quick exit's about:blank in a file that opens alone; a link to
          // another host is never written.
          if (!/^tel:\+?\d+$/.test(href) && href !== 'about:blank') broken.push(`${path}: ${href} leads out of the kit`);
          continue;
        }
        const [target, rawFragment] = href.split('#') as [string, string | undefined];
        if (/^\/|\/$/.test(target)) {
          broken.push(`${path}: ${href} is a folder or starts with /`);
          continue;
        }
        const file = target === '' ? path : join(path, '..', target);
        // The kit cannot hold its own zip, nor the offline libraries' files: they are beside it, in dist/.
        if (file === ZIP || (file.startsWith('downloads/') && isPackageFile(file.slice('downloads/'.length)))) continue;
        if (!existsSync(join(top, file))) {
          broken.push(`${path}: ${href}: no such file`);
          continue;
        }
        // reveal.js names a deck's slides as "#/<slide id>" ("#/" is the first slide): in a deck,
        // and in a link to one (the session plan's steps to their slides).
        const fragment = (deck || isDeck(file)) && rawFragment?.startsWith('/') ? rawFragment.slice(1) : rawFragment;
        if (fragment && !readFileSync(join(top, file), 'utf8').includes(`id="${fragment}"`)) broken.push(`${path}: ${href}: no element has that id`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every deck starts and moves on the arrow key, from disk and over http', () => {
    const stuck = crawl().pages.filter((page) => page.deck && !(page.disk.deckMoves && page.http?.deckMoves));
    expect(stuck.map((page) => page.path)).toEqual([]);
  });
});

describe('the pages as a reader meets them', () => {
  it('have one h1, headings in order, the landmarks a screen reader lists, and a language', () => {
    const awareness = awarenessPages();
    const found: string[] = [];
    for (const { path, outline, landmarks, lang } of crawl().pages.filter((page) => awareness.includes(page.path))) {
      if (outline.filter((level) => level === 1).length !== 1 || outline[0] !== 1) found.push(`${path}: h1 ${outline.join(',')}`);
      outline.forEach((level, i) => {
        if (i > 0 && level - outline[i - 1]! > 1) found.push(`${path}: heading ${i} jumps from h${outline[i - 1]} to h${level}`);
      });
      for (const landmark of LANDMARKS) if (!landmarks[landmark]) found.push(`${path}: no ${landmark}`);
      if (!lang) found.push(`${path}: no lang`);
    }
    expect(found).toEqual([]);
    expect(awareness).not.toContain(NEUTRAL_PAGE);
  });

  it('the home page speaks to the reader first: a plain sentence, then the signs, what to do and where help is, then the topics', async () => {
    const page = await open('en/index.html', 360);
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings.slice(0, 3)).toEqual(['The signs', 'What to do', 'Where help is']);
    const lead = await page.innerText('main .lead');
    expect(lead).toMatch(/^Some employers and agents lie/);
    // The first screen of a 360 px phone holds the sentence to the reader, and no translation notice or header in capitals.
    const leadBox = (await page.locator('main .lead').boundingBox())!;
    expect(leadBox.y).toBeLessThan(740);
    expect(await page.locator('main [role="note"]').count()).toBe(0);
    for (const topic of ['basics', 'work', 'problems', 'why', 'support', 'what-to-do', 'job-offer', 'before-you-go', 'contacts']) {
      expect(await page.locator(`main a[href="${topic}.html"]`).count(), topic).toBeGreaterThan(0);
    }
    // The trainer's set is reached from "For trainers", not from the reader's pages.
    for (const trainers of ['agreements.html', 'session-plan.html', 'present/full.html'])
      expect(await page.locator(`main a[href="${trainers}"]`).count(), trainers).toBe(0);
    await screenshot(page, 'en_index-360', { fullPage: true });
    await page.context().close();
  });

  it("the About page shows the seed's title slide, with its attribution", async () => {
    const page = await open('en/about.html');
    const text = await page.innerText('main');
    expect(text).toContain(seed.titleSlide.organization);
    expect(text).toContain(seed.titleSlide.tagline);
    expect(text).toContain(seed.titleSlide.title);
    expect(text).toMatch(/IOM.s presentation, c\. 2004/);
    await page.context().close();
  });

  it('no reader\'s page opens a deck or says "Present this topic"; each topic leads with the plain words', async () => {
    for (const path of ['basics', 'work', 'problems', 'why', 'support'].map((topic) => `en/${topic}.html`)) {
      const html = readFileSync(join(DIST, path), 'utf8');
      expect(html, path).not.toContain('present/');
      expect(html, path).not.toContain('Present this topic');
      // In every section of a seed slide, the plain words come before the seed's own text.
      for (const section of html.split('class="seed-slide"').slice(1)) expect(section.indexOf('In plain words'), path).toBeGreaterThan(-1);
    }
  });

  it('every text slide of the seed is on a topic page, title and bullets, with its source', () => {
    const topics = ['basics', 'work', 'problems', 'why', 'support'];
    const texts = crawl()
      .pages.filter((page) => topics.some((topic) => page.path === `en/${topic}.html`))
      .map((page) => page.mainText);
    expect(texts).toHaveLength(topics.length);
    const all = texts.join('\n');
    for (const slide of seed.slides.filter((s) => !s.table)) {
      const page = texts.find((text) => text.includes(slide.title));
      expect(page, `slide ${slide.number}: ${slide.title}`).toBeTruthy();
      for (const line of [...slide.items, ...slide.paragraphs]) expect(page, `slide ${slide.number}`).toContain(line);
      // One source line per section, not a heading-level label.
      expect(all).toContain(`IOM presentation, c. 2004, slide ${slide.number}.`);
    }
  });

  it('the 4 million estimate says where it comes from and when', async () => {
    const page = await open('en/work.html');
    const note = await page.innerText('.figure-note');
    expect(note).toContain('4 million');
    expect(note).toContain('c. 2004');
    expect(note).toMatch(/slide 6/);
    await page.context().close();
  });

  it('every treaty cell of the seed is on the instruments page, dates as <time datetime>', async () => {
    const page = await open('en/agreements.html');
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
    await screenshot(page, 'en_instruments-1024', { fullPage: true });
    await page.context().close();
  });

  it('every count of the victims table is on the page; the empty cell reads "no data", not 0', async () => {
    const page = await open('en/agreements.html');
    const slide = seed.slides.find((s) => s.title === 'Victims assisted by IOM')!;
    const table = page.locator(`#slide-${slide.number} table`);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Country', ...slide.table!.columns]);
    for (const row of slide.table!.rows) {
      const cells = await table
        .locator('tbody tr', { has: page.locator('th', { hasText: row.label }) })
        .locator('td')
        .allInnerTexts();
      expect(cells, row.label).toEqual(row.cells.map((cell) => (cell === '' ? 'no data' : cell)));
    }
    expect(await page.innerText(`#slide-${slide.number}`)).toContain('not the number of victims');
    await page.context().close();
  });

  it('every full date in the HTML is a <time datetime> (a year, a month or a day)', () => {
    for (const path of builtPages()) {
      const html = readFileSync(join(DIST, path), 'utf8');
      const datetimes = [...html.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
      for (const value of datetimes) expect(value, path).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      const text = html.replace(/<time[^>]*>[^<]*<\/time>/g, '').replace(/<[^>]+>/g, ' ');
      expect(text, `${path}: a date outside <time>`).not.toMatch(
        /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
      );
    }
  });

  it("the definition page relates IOM's definition to the Protocol's Act, Means and Purpose", async () => {
    const page = await open('en/basics.html');
    const text = await page.innerText('main');
    for (const words of ['The Act', 'The Means', 'The Purpose', 'Article 3(a)', 'consent', 'under 18', 'Smuggling']) expect(text).toContain(words);
    await page.context().close();
  });

  it('the About page says the kit is not an IOM publication and names its sources', async () => {
    const page = await open('en/about.html');
    const text = await page.innerText('main');
    expect(text).toContain('not an IOM publication');
    expect(text).toContain('Who is the Trafficked Migrant?');
    expect(text).toContain('UN Treaty Collection');
    await page.context().close();
  });

  it("a printed topic page is a handout: the slides without the site's navigation", async () => {
    const page = await open('en/problems.html');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#site-nav').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect(await page.locator('.seed-slide').count()).toBe(2);
    await screenshot(page, 'en_problems-print', { fullPage: true });
    await page.context().close();
  });
});
