/**
 * The migrant's guide and help, as a reader uses them on a phone, in every language: "If it is
 * happening to you", the job-offer check (with JavaScript on and off, keeping nothing), "Before
 * you go", the help page (where you are now, then at home, every number with its source and
 * date, every tel: link dialling what it shows), the reader edition and the one-screen files.
 * Every fact's source is named on the page beside it. What a page holds is read from its HTML;
 * what it does is tried in Chromium. (With SCREENSHOTS=1 the crawl takes every page at 320 and
 * 360 px.)
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { builtPages, DIST, fileUrl, RELEASE, useBrowser } from '../support/site';
import { builtHtml, datetimesOf, idsWithClass, mainOf, partOf, wordsOf } from '../support/html';
import { screenshot } from '../support/screenshots';
import { CONTENT, listFiles, readYaml } from '../support/content';
import { dictionaries, formatMessage, hasTrainerSet, LOCALES } from '../../src/lib/i18n';
import { SHORT_TEXT_LIMIT } from '../../src/lib/short-version';

const site = useBrowser();
const html = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** Numbers are written with non-breaking spaces and hyphens, so they never split across lines. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');
const contacts = listFiles(join(CONTENT, 'contacts'), '.yaml').map((file) => readYaml(file) as { country: string; contacts: Record<string, string>[] });
const sourceNames = (locale: string) => (readYaml(join(CONTENT, 'sources', locale, 'sources.yaml')) as { names: Record<string, string> }).names;

type Citation = { seedSlide: number } | { source: string; published: string };
/** Every citation in a guide file, wherever it is (`from`, `whatFrom`, `anyTickedFrom`). */
function citations(value: unknown): Citation[] {
  if (Array.isArray(value)) return value.flatMap(citations);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (/^(from|whatFrom|anyTickedFrom)$/.test(key) ? (inner as Citation[]) : citations(inner)));
}

async function phone(path: string, { javaScriptEnabled = true } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(fileUrl(path));
  return page;
}

describe('every fact of the guide names its source beside it', () => {
  for (const locale of LOCALES) {
    for (const folder of ['what-to-do', 'job-offer', 'before-you-go'] as const) {
      it(`${locale}/${folder}.html`, () => {
        const cited = citations(readYaml(join(CONTENT, folder, locale, `${folder}.yaml`)));
        expect(cited.length).toBeGreaterThan(3);
        // The HTML's words: the job-offer check's answers are in the page, shown once ticked.
        const main = mainOf(builtHtml(`${locale}/${folder}.html`));
        const text = wordsOf(main);
        const dates = datetimesOf(main);
        const strings = dictionaries[locale]!;
        for (const citation of cited) {
          if ('seedSlide' in citation) expect(text).toContain(formatMessage(strings['from.seed'], { slide: citation.seedSlide }));
          else {
            expect(text, citation.source).toContain(sourceNames(locale)[citation.source]);
            if (citation.published === 'undated') expect(text).toContain(strings['from.undated']);
            else expect(dates.has(citation.published), citation.published).toBe(true);
          }
        }
      });
    }
  }
});

describe('"If it is happening to you"', () => {
  it('has a part for each situation, each with what to do now and who to call, in every language', () => {
    for (const locale of LOCALES) {
      const html = mainOf(builtHtml(`${locale}/what-to-do.html`));
      const ids = idsWithClass(html, 'section', 'part');
      expect(ids).toEqual(['passport-kept', 'growing-debt', 'not-paid', 'cannot-leave', 'someone-else']);
      for (const id of ids) {
        const part = partOf(html, id, /<section\b[^>]*class="part/);
        expect(part, id).toContain('href="contacts.html#now"');
        expect(part, id).toMatch(/<li\b/);
      }
    }
  });

  it('is where the warning signs, the places and the barriers to escape lead, with help', () => {
    const slide = (path: string, n: number) => partOf(builtHtml(path), `slide-${n}`, /<section\b[^>]*class="seed-slide/);
    const seven = slide('en/problems.html', 7);
    for (const part of ['growing-debt', 'passport-kept', 'cannot-leave']) expect(seven, part).toContain(`href="what-to-do.html#${part}"`);
    for (const [path, n] of [
      ['en/problems.html', 7],
      ['en/work.html', 5],
      ['en/work.html', 6],
      ['en/problems.html', 9],
      ['ru/problems.html', 7],
    ] as const) {
      expect(slide(path, n), `${path} slide ${n}`).toContain('href="contacts.html"');
    }
  });
});

describe('the job-offer check', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`answers each tick in words written in advance, and keeps nothing (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await phone('ru/job-offer.html', { javaScriptEnabled });
      const url = page.url();
      const { noneTicked, anyTicked, signs } = readYaml(join(CONTENT, 'job-offer', 'ru', 'job-offer.yaml')) as {
        noneTicked: string;
        anyTicked: string;
        signs: { id: string; means: string }[];
      };
      const verdict = page.locator('.verdict');
      expect(await verdict.innerText()).toContain(noneTicked);
      expect(await page.locator(`#means-${signs[1]!.id}`).isVisible()).toBe(false);
      // One thumb: the sign's words are its box's label, a target at least 44 px high.
      const label = page.locator(`label[for="sign-${signs[1]!.id}"]`);
      expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await label.click();
      expect(await page.locator(`#means-${signs[1]!.id}`).innerText()).toContain(signs[1]!.means);
      expect(await verdict.innerText()).toContain(anyTicked);
      expect(await verdict.innerText()).not.toContain(noneTicked);
      await screenshot(page, `job-offer-ticked-${javaScriptEnabled ? 'js' : 'nojs'}-360`, { fullPage: true });
      // Nothing in the address, in storage or in cookies.
      expect(page.url()).toBe(url);
      expect(await page.context().cookies()).toEqual([]);
      if (javaScriptEnabled) expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
      // No tick comes back: not on reload, not on Back after leaving.
      await page.reload();
      expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
      await page.locator(`label[for="sign-${signs[0]!.id}"]`).click();
      await page.locator('main a[href="contacts.html"]').first().click();
      await page.waitForURL(/contacts\.html/);
      await page.goBack();
      expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
      await page.context().close();
    });
  }

  it('clears every tick with one button, and prints as a checklist with empty boxes', async () => {
    const page = await phone('en/job-offer.html');
    await page.locator('label').nth(0).click();
    await page.locator('label').nth(2).click();
    await page.locator('button[type="reset"]').click();
    expect(await page.locator('input:checked').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.means').first().isVisible()).toBe(false);
    expect(await page.locator('.verdict').isVisible()).toBe(false);
    expect(await page.locator('input[type="checkbox"]').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('"Before you go"', () => {
  it('has a card to fill in by hand, with a neutral heading and nothing saved', () => {
    for (const locale of LOCALES) {
      const html = mainOf(builtHtml(`${locale}/before-you-go.html`));
      const { card } = readYaml(join(CONTENT, 'before-you-go', locale, 'before-you-go.yaml')) as { card: { heading: string; lines: string[] } };
      const cardHtml = html.slice(html.indexOf('class="card"'));
      expect(wordsOf(/<p class="card-heading"[^>]*>([\s\S]*?)<\/p>/.exec(cardHtml)![1]!).trim()).toBe(card.heading);
      expect(card.heading).not.toMatch(/traffick|victim|exploit|торгов|жертв|эксплуат/i);
      expect([...cardHtml.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>/g)].map((m) => wordsOf(m[1]!).trim())).toEqual(card.lines);
      // Blank lines to write on: no field that could keep what the reader writes.
      expect(cardHtml).not.toMatch(/<(input|textarea)\b|contenteditable/);
    }
  });
});

describe('"Get help"', () => {
  it('starts with where the reader is now, then home, every number as its source prints it, with its source and date', () => {
    for (const locale of LOCALES) {
      const html = mainOf(builtHtml(`${locale}/contacts.html`));
      const strings = dictionaries[locale]!;
      expect(idsWithClass(html, 'section', 'group')).toEqual(['now', 'home']);
      const now = html.slice(html.indexOf('id="now"'), html.indexOf('id="home"'));
      const home = html.slice(html.indexOf('id="home"'));
      expect(wordsOf(now)).toContain(strings['help.now']);
      const names = sourceNames(locale);
      for (const { country, contacts: lines } of contacts) {
        const group = ['Russia', 'Turkey', 'United Arab Emirates', 'South Korea'].includes(country) ? now : home;
        const text = wordsOf(group);
        expect(text, country).toContain(strings[`country.${country}` as keyof typeof strings]);
        for (const line of lines) {
          expect(text, `${country} ${line.number ?? line.telegram}`).toContain(line.number ?? line.telegram);
          expect(text).toContain(names[line.source!]!);
          if (line.published === 'undated') expect(text).toContain(formatMessage(strings['help.publishedUndated'], { source: names[line.source!]! }));
          else expect(datetimesOf(group).has(line.published!), `${country} ${line.published}`).toBe(true);
        }
      }
      // The calm note that a number may have changed stays.
      expect(wordsOf(html)).toContain(strings['help.notConfirmed']);
      // A Telegram account is text, not a link to another host.
      expect(html).not.toMatch(/href="(https?:\/\/t\.me|tg:)/);
    }
  });

  it("puts every country one tap away: a link to each country's section, where migrants are first", () => {
    const countries = listFiles(join(CONTENT, 'contacts'), '.yaml').length;
    for (const locale of LOCALES) {
      const html = builtHtml(`${locale}/contacts.html`);
      const nav = /<nav class="country-jumps"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!);
      expect(targets, locale).toHaveLength(countries);
      for (const id of targets) expect(html, `${locale}: #${id}`).toContain(`id="${id}"`);
      expect(targets.indexOf('help-russia'), locale).toBeLessThan(targets.indexOf('help-uzbekistan'));
    }
  });

  it('every tel: link, on every page and file, dials exactly the + and digits it shows', () => {
    let links = 0;
    for (const path of builtPages()) {
      for (const [, href, text] of html(path).matchAll(/<a [^>]*href="tel:([^"]*)"[^>]*>([^<]*)<\/a>/g)) {
        links += 1;
        expect(href, `${path}: ${text}`).toBe(plain(text!).replace(/[^+\d]/g, ''));
      }
    }
    expect(links).toBeGreaterThan(30);
  });

  it('links to the one-screen version and its plain text; so do the trainers', () => {
    for (const locale of LOCALES) {
      for (const path of [`${locale}/contacts.html`, ...(hasTrainerSet(locale) ? [`${locale}/trainers.html`] : [])]) {
        expect(html(path), path).toContain(`href="../downloads/short-${locale}.html"`);
        expect(html(path), path).toContain(`href="../downloads/short-${locale}.txt"`);
      }
    }
  });
});

describe('the reader edition', () => {
  it("is the reader's set, each page a section named as its file, with the exercises' stories and answers, and nothing of the trainer's set", () => {
    for (const locale of LOCALES) {
      const html = mainOf(builtHtml(`downloads/working-abroad-${locale}.html`));
      const sections = idsWithClass(html, 'section', 'reader-part');
      expect(sections).toEqual([
        'what-to-do',
        'contacts',
        'job-offer',
        'before-you-go',
        'basics',
        'work',
        'problems',
        'why',
        'support',
        'exercises',
        'privacy',
        'about',
      ]);
      const exercises = partOf(html, 'exercises', /<section\b[^>]*class="reader-part/);
      expect(exercises.match(/<details\b/g)?.length ?? 0).toBeGreaterThan(5);
      for (const trainers of ['id="agreements"', 'id="glossary"', 'id="session-plan"', 'class="answer-key"', 'class="present-link"', 'present/'])
        expect(html, trainers).not.toContain(trainers);
      // Every section leads back to the contents.
      expect(html.match(/class="to-contents"[^>]*><a href="#contents"/g)?.length).toBe(sections.length);
      // Get help leads within the file.
      expect(builtHtml(`downloads/working-abroad-${locale}.html`)).toMatch(/<a class="help-link" href="#contacts"/);
    }
  });
});

describe('the one-screen version', () => {
  it('holds the signs, what to do, and every help number with its date', () => {
    for (const locale of LOCALES) {
      const html = mainOf(builtHtml(`downloads/short-${locale}.html`));
      const { signs, do: steps } = readYaml(join(CONTENT, 'in-short', locale, 'in-short.yaml')) as { signs: { text: string }[]; do: { text: string }[] };
      const text = wordsOf(html);
      const dates = datetimesOf(html);
      for (const line of [...signs, ...steps]) expect(text).toContain(line.text);
      for (const { contacts: lines } of contacts) {
        for (const line of lines) {
          expect(text).toContain(line.number ?? line.telegram);
          if (line.published !== 'undated') expect(dates.has(line.published!), line.published).toBe(true);
        }
      }
    }
  });

  it('as plain text: one chat message in every language, with every number and its year', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const locale of LOCALES) {
      const raw = readFileSync(join(RELEASE, `short-${locale}.txt`), 'utf8');
      const text = raw.replace(/^\uFEFF/, '');
      expect(text.length, locale).toBeLessThanOrEqual(SHORT_TEXT_LIMIT);
      for (const { contacts: lines } of contacts) {
        for (const line of lines) {
          expect(text).toContain(line.number ?? line.telegram);
          if (line.published !== 'undated') expect(text).toContain(line.published!.slice(0, 4));
        }
      }
      // Opened from disk, the file reads as UTF-8: Cyrillic shows as Cyrillic.
      await page.goto(fileUrl(`downloads/short-${locale}.txt`));
      expect((await page.innerText('body')).trim().split('\n')[0]).toBe(dictionaries[locale]!.siteName);
    }
    await context.close();
    expect(readdirSync(RELEASE)).toEqual(expect.arrayContaining(LOCALES.map((locale) => `short-${locale}.txt`)));
  });
});
