/**
 * The exercises as a reader and a trainer use them, in Chromium from disk: each answer stays
 * closed until it is opened (also without JavaScript), printing gives cards and a separate answer
 * key, the exercises deck shows each case and then its answer with notes, the session plan adds
 * up and links to real cases, and the glossary explains every term.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, fileUrl, useBrowser } from '../support/site';
import { screenshot } from '../support/screenshots';
import { visit } from '../support/visit';
import { CONTENT, listFiles, readMdx, readYaml } from '../support/content';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { GLOSSARY_TERMS } from '../../src/lib/glossary';
import { BARRIER_PARTS, type Barrier } from '../../src/lib/scenarios';

const site = useBrowser();
const dictionaries = { en, ru } as const;
const scenarios = (locale: string) => listFiles(join(CONTENT, 'scenarios', locale), '.mdx').map((file) => readMdx(file).frontmatter);
const verdictWords = (locale: keyof typeof dictionaries, verdict: string) => dictionaries[locale][`verdict.${verdict}` as keyof typeof en];

async function cards(page: Page) {
  return page.locator('article.scenario').all();
}

describe('the exercises page', () => {
  for (const locale of ['en', 'ru'] as const) {
    it(`${locale}: shows every case with its question, and keeps each answer hidden until it is opened`, async () => {
      const { page, problems, close } = await visit(site.browser, fileUrl(`${locale}/exercises.html`), { width: 320, height: 720 });
      try {
        const expected = scenarios(locale);
        const articles = await cards(page);
        expect(articles).toHaveLength(expected.length);
        for (const [index, article] of articles.entries()) {
          const { verdict, title } = expected[index]!;
          await expect(article.locator('h2').textContent()).resolves.toContain(title);
          expect(await article.locator('.question').isVisible()).toBe(true);
          const answer = article.locator('.verdict');
          expect(await answer.isVisible(), `${title}: answer visible before it is opened`).toBe(false);
          await article.locator('summary').click();
          expect(await answer.isVisible()).toBe(true);
          expect(await answer.textContent()).toContain(verdictWords(locale, verdict));
        }
        await screenshot(page.locator('article.scenario').first(), `exercises-${locale}-opened-320`);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('ends each answer with what to do and where help is: the part for each barrier in the story', () => {
    for (const locale of ['en', 'ru'] as const) {
      const cards = readFileSync(join(DIST, locale, 'exercises.html'), 'utf8')
        .split('<article class="scenario"')
        .slice(1);
      const expected = scenarios(locale);
      expect(cards).toHaveLength(expected.length);
      for (const [index, card] of cards.entries()) {
        const answer = card.slice(card.indexOf('<details'), card.indexOf('</details>'));
        expect(answer, `${locale} case ${index + 1}`).toContain('href="contacts.html"');
        for (const barrier of expected[index]!.preventedBy as Barrier[])
          expect(answer, `${locale} case ${index + 1}: ${barrier}`).toContain(`href="what-to-do.html#${BARRIER_PARTS[barrier]}"`);
      }
    }
  });

  it('opens an answer with the keyboard and without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(fileUrl('en/exercises.html'));
    const first = page.locator('article.scenario').first();
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await first.locator('.verdict').isVisible()).toBe(true);
    expect(await first.locator('details').getAttribute('open')).not.toBeNull();
    await context.close();
  });

  it('prints as exercise cards without answers, then an answer key on a page of its own', async () => {
    const { page, close } = await visit(site.browser, fileUrl('en/exercises.html'), { width: 1024, height: 800 });
    await page.emulateMedia({ media: 'print' });
    const count = scenarios('en').length;
    const printed = await page.evaluate(() => ({
      cardAnswersShown: [...document.querySelectorAll('article.scenario details')].filter((d) => getComputedStyle(d).display !== 'none').length,
      questions: [...document.querySelectorAll('article.scenario .question')].filter((q) => (q as HTMLElement).offsetParent !== null).length,
      keyShown: getComputedStyle(document.querySelector('.answer-key')!).display !== 'none',
      keyBreaksPage: getComputedStyle(document.querySelector('.answer-key')!).breakBefore,
      keyVerdicts: [...document.querySelectorAll('.answer-key .verdict')].map((v) => v.textContent),
      cardsSplit: [...document.querySelectorAll('article.scenario')].map((a) => getComputedStyle(a).breakInside),
    }));
    expect(printed.cardAnswersShown).toBe(0);
    expect(printed.questions).toBe(count);
    expect(printed.keyShown).toBe(true);
    expect(printed.keyBreaksPage).toBe('page');
    expect(printed.keyVerdicts).toEqual(scenarios('en').map(({ verdict }) => `Answer: ${verdictWords('en', verdict)}`));
    expect(new Set(printed.cardsSplit)).toEqual(new Set(['avoid']));
    await screenshot(page, 'exercises-print', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.answer-key').isVisible()).toBe(false);
    await close();
  });
});

describe('the exercises deck', () => {
  it('shows each case, then its answer on the next slide, with speaker notes on both', async () => {
    const { page, problems, close } = await visit(site.browser, fileUrl('en/present/exercises.html'), { width: 1280, height: 720 });
    try {
      await page.waitForFunction(() => window.Reveal?.isReady());
      const expected = scenarios('en');
      const slides = await page.evaluate(() =>
        (window.Reveal!.getSlides() as HTMLElement[]).map((slide) => ({
          id: slide.id,
          text: slide.innerText,
          notes: window.Reveal!.getSlideNotes(slide) ?? '',
          overflow: slide.scrollHeight - Number(window.Reveal!.getConfig().height),
        })),
      );
      // The title, what the law says (the parts the cases are checked against), the cases, and
      // where to get help.
      const law = slides.filter((slide) => slide.id.startsWith('law-')).map((slide) => slide.id);
      expect(law).toEqual(['law-words', 'law-parts', 'law-consent', 'law-children', 'law-smuggling']);
      expect(slides).toHaveLength(1 + law.length + 2 * expected.length + 1);
      expect(slides.at(-1)!.id).toBe('help');
      for (const slide of slides) {
        expect(slide.notes.trim(), slide.id).not.toBe('');
        expect(slide.overflow, `${slide.id} runs off the slide`).toBeLessThanOrEqual(0);
      }
      const cases = slides.slice(1 + law.length);
      expected.forEach(({ title, verdict }, index) => {
        const story = cases[2 * index]!;
        const answer = cases[1 + 2 * index]!;
        expect(story.text).toContain(title);
        expect(story.text).toContain(en['exercises.question']);
        expect(story.text).not.toContain(verdictWords('en', verdict));
        expect(story.notes).toContain(en['notes.ask']);
        expect(answer.text).toContain(verdictWords('en', verdict));
      });
      // On the story slide the room sees the question, not the answer; moving on reveals it.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.evaluate(() => {
        window.location.hash = '#/case-1';
      });
      await page.reload();
      await page.waitForFunction(() => window.Reveal?.isReady());
      await screenshot(page, 'exercises-deck-story');
      expect(await page.locator('section.present .verdict').count()).toBe(0);
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('section.present .verdict').textContent()).toBe(verdictWords('en', expected[0]!.verdict));
      await screenshot(page, 'exercises-deck-answer');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fits its longest (Russian) story on a slide', async () => {
    const { page, close } = await visit(site.browser, fileUrl('ru/present/exercises.html'), { width: 1280, height: 720 });
    await page.waitForFunction(() => window.Reveal?.isReady());
    const overflowing = await page.evaluate(() =>
      (window.Reveal!.getSlides() as HTMLElement[]).filter((slide) => slide.scrollHeight > Number(window.Reveal!.getConfig().height)).map((slide) => slide.id),
    );
    expect(overflowing).toEqual([]);
    await page.evaluate(() => {
      window.location.hash = '#/case-4';
    });
    await screenshot(page, 'exercises-deck-ru-story');
    await close();
  });

  it('is linked from the exercises page', async () => {
    const { page, close } = await visit(site.browser, fileUrl('en/exercises.html'), { width: 1024, height: 800 });
    await page.getByRole('link', { name: en['deck.presentExercises'] }).click();
    await page.waitForFunction(() => window.Reveal?.isReady());
    expect(page.url()).toMatch(/\/en\/present\/exercises\.html(#.*)?$/);
    await close();
  });
});

describe('the session plan', () => {
  it('takes about 90 minutes, step by step, and links to cases that exist', async () => {
    const { page, problems, close } = await visit(site.browser, fileUrl('en/session-plan.html'), { width: 1024, height: 800 });
    const steps = listFiles(join(CONTENT, 'session-plan', 'en'), '.md').map((file) => readMdx(file).frontmatter);
    const total = steps.reduce((sum, step) => sum + step.minutes, 0);
    expect(total).toBeGreaterThanOrEqual(80);
    expect(total).toBeLessThanOrEqual(100);
    expect(await page.locator('main').textContent()).toContain(`In all: ${total} minutes.`);
    expect(await page.locator('li.step h2').allTextContents()).toEqual(steps.map((step) => expect.stringContaining(step.title)));
    const caseLinks = await page.locator('li.step .cases a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(caseLinks.length).toBe(steps.flatMap((step) => step.scenarios ?? []).length);
    for (const href of caseLinks) {
      await page.goto(new URL(href, fileUrl('en/session-plan.html')).href);
      const id = href.split('#')[1]!;
      expect(await page.locator(`#${id} .question`).isVisible(), href).toBe(true);
    }
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the glossary', () => {
  for (const locale of ['en', 'ru'] as const) {
    it(`${locale}: explains every term a trainer must explain, each with its source`, async () => {
      const { page, close } = await visit(site.browser, fileUrl(`${locale}/glossary.html`), { width: 320, height: 720 });
      const { terms } = readYaml(join(CONTENT, 'glossary', locale, 'glossary.yaml'));
      // Ids are places in the list, not words: an address never names the subject.
      expect(await page.locator('.term').evaluateAll((items) => items.map((item) => item.id))).toEqual(GLOSSARY_TERMS.map((_, i) => `term-${i + 1}`));
      expect(terms.map((term: any) => term.term)).toEqual([...GLOSSARY_TERMS]);
      // Quotations in the language's own marks: «…» in Russian, “…” in English.
      const quotes = await page.locator('.term blockquote p').allTextContents();
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(quote.trim(), quote).toMatch(locale === 'ru' ? /^«[\s\S]*»$/ : /^“[\s\S]*”$/);
      expect(await page.locator('.term dt').allTextContents()).toEqual(terms.map((term: any) => term.word));
      for (const term of await page.locator('.term').all()) expect(await term.locator('figcaption').count()).toBeGreaterThan(0);
      await screenshot(page, `glossary-${locale}-320`);
      await close();
    });
  }
});
