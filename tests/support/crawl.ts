/**
 * The built kit crawled once, before the site tests run (tests/site/setup.ts): every page and deck
 * opened from disk, out of the unzipped offline zip, as a reader opens them, and the decks and a
 * language's pages over http too (dist/ on a local server). What each visit saw is handed to every
 * site test (`inject('crawl')`), so links, problems, accessibility, languages and the
 * no-JavaScript check share one page load each instead of opening every page again.
 *
 * The machine has two cores, and Chromium keeps both busy: the crawl's cost is its work, so it
 * does each thing once. Over http it opens every deck (they load reveal.js by a relative `src`,
 * which a host serves differently from a disk) and the pages of one language with the root page
 * (the other languages' pages are the same templates: the disk crawl opens them all).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from './screenshots';

export interface PageVisit {
  /** Console errors and warnings, page errors, failed requests, HTTP errors, requests to another host. */
  problems: string[];
  /** What the page requested, its own file first. */
  requested: string[];
  /** What it left in the browser: cookies and the keys of local and session storage. */
  stored: string[];
  /** A deck: reveal.js started, and → moved it from the first slide to the second (at 1280×720). */
  deckMoves?: boolean;
}

/** A slide of a deck, as reveal.js has it at 1280×720. */
export interface SlideFacts {
  id: string;
  seedSlide: string | null;
  /** Why the deck added it, for a slide that is not one of the seed's (`topic-title`…). */
  added: string | null;
  heading: boolean;
  /** Its speaker notes, as reveal.js reads them. */
  notes: string;
  text: string;
}

/** What the page shows and links to, read from disk at 320 px. */
export interface PageFacts {
  /** How far the page scrolls sideways at 320 px (0 or less: it does not). */
  overflow: number;
  /** The href of every link, as written. */
  hrefs: string[];
  /** The levels of its headings, in order. */
  outline: number[];
  /** How many of each landmark it has. */
  landmarks: Record<string, number>;
  lang: string;
  title: string;
  /**
   * The title and the visible text in the page's own language: without passages marked as another
   * language (a quotation) and without file names (`<code>`), with each element's aria-label.
   */
  ownText: string;
  /** `<link rel="alternate">`: hreflang → href. */
  alternates: [string, string][];
  /** The language switch's links: hreflang, href and lang. */
  languageLinks: { hreflang: string; href: string; lang: string }[];
  /** The text of `<main>`, as shown at 320 px. */
  mainText: string;
}

export interface CrawledPage extends PageFacts {
  path: string;
  deck: boolean;
  disk: PageVisit;
  /** Over http, where the crawl opened it there. */
  http?: PageVisit;
  /** axe-core's violations (WCAG 2.2 AA): at 320 and 1024 px for a page; for a deck at 1280×720, on its first slide, and every slide at once in the print view. */
  axe: string[];
  /** A deck: its slides, and whether at 320 px it reads as a scrolling page. */
  slides?: SlideFacts[];
  scrollView?: boolean;
}

export interface Crawl {
  pages: CrawledPage[];
  /** Awareness pages that show other text with JavaScript off than with it on (320 px). */
  needJavaScript: string[];
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The rules whose result can change with the width of the window (the size of a target, what
 * scrolls): the only ones run again at 1024 px, once every rule has run at 320. (Contrast, the
 * costliest rule, is a matter of colours, the same at every width; where the layout could put
 * text over another background, the narrowest width, at 320, is where it would.)
 */
const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable'];
export const LANDMARKS = ['body > header', 'main', 'body > footer', 'nav'];
/** The narrowest phone the kit is made for (and 1280 px at 400% zoom). */
const PHONE = { width: 320, height: 720 };
const SCREEN = { width: 1280, height: 720 };

interface Target {
  path: string;
  url: string;
  deck: boolean;
}

/** Records what goes wrong on the pages of a context; `allowed` says which requests may be made. */
function watch(context: BrowserContext, allowed: (url: string) => boolean): { problems: string[]; requested: string[] } {
  const record = { problems: [] as string[], requested: [] as string[] };
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') record.problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => record.problems.push(`page error: ${error.message}`));
  });
  context.on('request', (request) => {
    record.requested.push(request.url());
    if (!allowed(request.url())) record.problems.push(`request to another host: ${request.url()}`);
  });
  context.on('requestfailed', (request) => record.problems.push(`failed request: ${request.url()} ${request.failure()?.errorText}`));
  context.on('response', (response) => {
    if (response.status() >= 400) record.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return record;
}

/** What a page has left in the browser, then cleared so that the next page starts clean. */
async function storedBy(page: Page): Promise<string[]> {
  const stored = await page.evaluate(() => {
    const keys = [
      ...(document.cookie ? [`cookie ${document.cookie}`] : []),
      ...Object.keys(localStorage).map((key) => `localStorage ${key}`),
      ...Object.keys(sessionStorage).map((key) => `sessionStorage ${key}`),
    ];
    localStorage.clear();
    sessionStorage.clear();
    return keys;
  });
  const cookies = await page.context().cookies();
  if (cookies.length > 0) await page.context().clearCookies();
  return [...stored, ...cookies.map((cookie) => `cookie ${cookie.name}`)];
}

async function deckMoves(page: Page): Promise<boolean> {
  await page.waitForFunction(() => window.Reveal?.isReady(), undefined, { timeout: 10_000 });
  const first = await page.evaluate(() => window.Reveal!.getIndices().h);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => window.Reveal!.getIndices().h);
  return first === 0 && second === 1;
}

function readFacts(page: Page): Promise<PageFacts & { text: string }> {
  return page.evaluate((landmarks) => {
    const own = document.body.cloneNode(true) as HTMLElement;
    own.querySelectorAll(`[lang]:not([lang="${document.documentElement.lang}"])`).forEach((element) => element.remove());
    own.querySelectorAll('code, script, style').forEach((element) => element.remove());
    own.querySelectorAll('[aria-label]').forEach((element) => element.append(` ${element.getAttribute('aria-label')}`));
    // innerText of an element outside the document is its textContent: a copy is put in the page, unseen.
    own.style.cssText = 'position:absolute;left:-99999px;top:0;width:320px';
    document.documentElement.append(own);
    const ownText = `${document.title}\n${own.innerText}`;
    own.remove();
    return {
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      hrefs: [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')!),
      outline: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
      landmarks: Object.fromEntries(landmarks.map((selector) => [selector, document.querySelectorAll(selector).length])),
      lang: document.documentElement.lang,
      title: document.title,
      ownText,
      alternates: [...document.querySelectorAll('link[rel="alternate"]')].map(
        (link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? ''] as [string, string],
      ),
      languageLinks: [...document.querySelectorAll('.language-switch a')].map((link) => ({
        hreflang: link.getAttribute('hreflang') ?? '',
        href: link.getAttribute('href') ?? '',
        lang: link.getAttribute('lang') ?? '',
      })),
      mainText: document.querySelector('main')?.innerText ?? '',
      text: document.body.innerText,
    };
  }, LANDMARKS);
}

function readSlides(page: Page): Promise<SlideFacts[]> {
  return page.evaluate(() =>
    (window.Reveal!.getSlides() as HTMLElement[]).map((slide) => ({
      id: slide.id,
      seedSlide: slide.getAttribute('data-seed-slide'),
      added: slide.getAttribute('data-deck-added'),
      heading: slide.querySelector('h1, h2') !== null,
      notes: window.Reveal!.getSlideNotes(slide) ?? '',
      text: slide.innerText,
    })),
  );
}

interface AxeWindow {
  axe?: { run: (context: Document | string, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
}

/**
 * axe's violations on the page, or on the part of it that `selector` names, for every rule of
 * WCAG 2.2 AA or only for `rules`. axe runs through the DevTools protocol, which the page's own
 * security policy does not restrict.
 */
async function axeViolations(page: Page, { selector, rules }: { selector?: string; rules?: string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(AXE);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: TAGS };
  const result = await page.evaluate(
    // Only the violations are collected: the passes would cost most of the time.
    async ([only, part]) => (window as AxeWindow).axe!.run(part ?? document, { runOnly: only, resultTypes: ['violations'] }),
    [runOnly, selector] as const,
  );
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * Pages and decks from disk, at 320 px: what each shows, what went wrong, and axe. A page: axe at
 * 320 px, then its layout rules again at 1024. A deck, again at 1280×720 without transitions (so
 * that contrast is measured on a slide at rest, not half faded in): it must start and move, and
 * axe checks it on its first slide. A topic deck's slides are also the full deck's, and so are a
 * single-file deck's: a topic deck's own title slide is what is new there. The full deck's and the
 * exercises deck's slides are checked all at once, in reveal.js's print view.
 */
async function onDisk(browser: Browser, targets: Target[], shots: boolean) {
  const context = await browser.newContext({ viewport: PHONE });
  // A request that is not for a file of the kit is recorded: this machine has no network to
  // answer it, and a reader's phone must not be asked to make one.
  const record = watch(context, (url) => url.startsWith('file:') || url.startsWith('data:') || url === 'about:blank');
  const page = await context.newPage();
  const visits = new Map<string, PageFacts & { text: string; visit: PageVisit; axe: string[]; slides?: SlideFacts[]; scrollView?: boolean }>();
  for (const { path, url, deck } of targets) {
    record.problems.length = 0;
    record.requested.length = 0;
    await page.setViewportSize(PHONE);
    await page.goto(url, { waitUntil: 'load' });
    const facts = await readFacts(page);
    const requested = [...record.requested];
    if (shots) {
      await screenshot(page, `crawl-${path.replaceAll('/', '_')}`, { fullPage: true });
      if (!deck) {
        // The width of the phones the kit is tried on, too.
        await page.setViewportSize({ width: 360, height: 740 });
        await screenshot(page, `crawl-${path.replaceAll('/', '_')}-360`, { fullPage: true });
        await page.setViewportSize(PHONE);
      }
    }
    const axe: string[] = [];
    let moves: boolean | undefined;
    let deckFacts: { slides: SlideFacts[]; scrollView: boolean } | undefined;
    if (deck) {
      await page.waitForFunction(() => window.Reveal?.isReady(), undefined, { timeout: 10_000 });
      const scrollView = await page.evaluate(() => window.Reveal!.isScrollView());
      await page.setViewportSize(SCREEN);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(url, { waitUntil: 'load' });
      moves = await deckMoves(page).catch(() => false);
      deckFacts = { slides: await readSlides(page), scrollView };
      for (const violation of await axeViolations(page)) axe.push(`slide 1: ${violation}`);
      if (/\/(full|exercises)\.html$/.test(path)) {
        // Every slide at once: reveal.js's print view lays each slide out at rest, at its size,
        // with the deck's styles, one after another; one axe run checks them all (a run per slide
        // cost about 3 s a deck).
        await page.goto(`${url}?print-pdf`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.Reveal?.isReady(), undefined, { timeout: 10_000 });
        // The deck keeps slides other than the current one inert (and reveal.js hides them from
        // screen readers), so axe would pass them by: here every slide is on show.
        await page.evaluate(() =>
          document.querySelectorAll('.reveal .slides [inert], .reveal .slides [aria-hidden="true"]').forEach((element) => {
            element.removeAttribute('inert');
            element.removeAttribute('aria-hidden');
          }),
        );
        for (const violation of await axeViolations(page)) axe.push(`every slide: ${violation}`);
      }
      await page.emulateMedia({ reducedMotion: null });
    } else {
      for (const violation of await axeViolations(page)) axe.push(`@320: ${violation}`);
      await page.setViewportSize({ width: 1024, height: 800 });
      for (const violation of await axeViolations(page, { rules: LAYOUT_RULES })) axe.push(`@1024: ${violation}`);
    }
    visits.set(path, {
      ...facts,
      axe,
      ...deckFacts,
      visit: { problems: [...record.problems], requested, stored: await storedBy(page), ...(moves === undefined ? {} : { deckMoves: moves }) },
    });
  }
  await context.close();
  return visits;
}

/** Pages over http at 320 px, and decks at 1280×720 (where each must start and move). */
async function overHttp(browser: Browser, targets: Target[], origin: string): Promise<Map<string, PageVisit>> {
  const context = await browser.newContext({ viewport: PHONE });
  const record = watch(context, (url) => url.startsWith(origin) || url.startsWith('data:') || url === 'about:blank');
  const page = await context.newPage();
  const visits = new Map<string, PageVisit>();
  for (const { path, url, deck } of targets) {
    record.problems.length = 0;
    record.requested.length = 0;
    await page.setViewportSize(deck ? SCREEN : PHONE);
    await page.goto(url, { waitUntil: 'load' });
    const moves = deck ? await deckMoves(page).catch(() => false) : undefined;
    visits.set(path, {
      problems: [...record.problems],
      requested: [...record.requested],
      stored: await storedBy(page),
      ...(moves === undefined ? {} : { deckMoves: moves }),
    });
  }
  await context.close();
  return visits;
}

/** The text each page shows with JavaScript off, at 320 px. */
async function withoutScripts(browser: Browser, targets: Target[]): Promise<Map<string, string>> {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  const texts = new Map<string, string>();
  for (const { path, url } of targets) {
    await page.goto(url);
    texts.set(path, await page.evaluate(() => document.body.innerText));
  }
  await context.close();
  return texts;
}

/** With CRAWL_TIMES set, says how long each lane of the crawl took. */
async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  if (process.env.CRAWL_TIMES) console.error(`crawl: ${what}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

export interface CrawlPlan {
  /** Every page and deck, as paths from the kit's top. */
  paths: string[];
  /** The unzipped kit's top folder. */
  diskTop: string;
  /** Where dist/ is served over http. */
  origin: string;
  isDeck: (path: string) => boolean;
  /** The pages to read, the single files among them (their text must not need JavaScript). */
  awareness: string[];
  /** The pages (not decks) also opened over http. */
  overHttp: string[];
}

export async function crawlKit(browser: Browser, { paths, diskTop, origin, isDeck, awareness, overHttp: httpPages }: CrawlPlan): Promise<Crawl> {
  const fromDisk = paths.map((path) => ({ path, url: pathToFileURL(join(diskTop, path)).href, deck: isDeck(path) }));
  const fromHost = fromDisk.filter(({ path, deck }) => deck || httpPages.includes(path)).map((target) => ({ ...target, url: `${origin}/${target.path}` }));
  const shots = Boolean(process.env.SCREENSHOTS);
  // Two lanes at once, for the two cores, about as long as each other: the pages from disk; the
  // decks from disk, then what is opened over http, then the pages without JavaScript.
  const pages = fromDisk.filter((target) => !target.deck);
  const decks = fromDisk.filter((target) => target.deck);
  const pagesLane = () => onDisk(browser, pages, shots);
  const decksLane = async () =>
    [
      await onDisk(browser, decks, shots),
      await overHttp(browser, fromHost, origin),
      await withoutScripts(
        browser,
        pages.filter((target) => awareness.includes(target.path)),
      ),
    ] as const;
  const [pagesOnDisk, [decksOnDisk, http, scriptless]] = await Promise.all([
    timed('pages from disk', pagesLane),
    timed('decks from disk, then over http, then the pages without JavaScript', decksLane),
  ]);
  const disk = new Map([...pagesOnDisk, ...decksOnDisk]);
  return {
    pages: fromDisk.map(({ path, deck }) => {
      const { text: _text, axe, visit, ...facts } = disk.get(path)!;
      const httpVisit = http.get(path);
      return { path, deck, ...facts, disk: visit, ...(httpVisit ? { http: httpVisit } : {}), axe };
    }),
    // A page that reads otherwise without JavaScript needs it to be read.
    needJavaScript: awareness.filter((path) => scriptless.get(path) !== disk.get(path)!.text),
  };
}
