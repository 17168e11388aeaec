// `npm run bench`: builds the site from cold (caches cleared) and warm, three times each, then
// the whole kit once with its release formats (timed apart), in a temporary copy of the project (the checkout's dist/, release/ and caches are left as they are),
// and measures it; prints a table with every budget as PASS or FAIL. `npm run bench -- --write`
// also writes bench/results.json and bench/results.md (tracked: the README quotes the table).
// Times and memory are printed, never asserted (npm test asserts the size budgets, which are
// deterministic). The floor for comparison: the seed's text as one plain HTML page.
//
// Needs: node_modules installed (npm install), Chromium (CHROMIUM_PATH, default /usr/bin/chromium)
// and python3 (for the peak memory of the build's processes, from getrusage).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { CHROMIUM_MISSING, CHROMIUM_PATH, launchChromium } from './chromium.ts';
import { pagesAndDecks } from './lib/built-pages.ts';
import { pagesNeedingJavaScript } from './lib/no-script.ts';
import { buildCommand, makeProjectCopy, PROJECT_ROOT } from './lib/project-copy.ts';
import { sourceDateEpoch } from './lib/source-date.ts';
import { gzipBytes, pageWeight } from './lib/sizes.ts';
import { SHORT_TEXT_LIMIT } from '../src/lib/short-version.ts';
import { routes } from '../src/lib/routes.ts';
import { isPackageFile } from '../src/lib/package-files.ts';
import { describeReadability, readability, type Readability } from './lib/readability.ts';

const KiB = 1024;
const RUNS = 3;
const WRITE = process.argv.includes('--write');

interface BuildRun {
  seconds: number;
  peakMB: number;
}

function checkPrerequisites(): void {
  const missing: string[] = [];
  if (!existsSync(join(PROJECT_ROOT, 'node_modules', 'astro'))) missing.push('node_modules: run `npm install` first.');
  if (!existsSync(CHROMIUM_PATH)) missing.push(CHROMIUM_MISSING);
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
  } catch {
    missing.push("python3 (the build's peak memory is read with its resource module): install it (apt-get install python3).");
  }
  if (missing.length > 0) throw new Error(`npm run bench needs:\n- ${missing.join('\n- ')}`);
}

/** One build in a child process: its wall time, and the peak memory of its largest process (getrusage). */
function timedBuild(dir: string, env: Record<string, string>): BuildRun {
  const probe = `import resource, subprocess, sys, time
start = time.monotonic()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(time.monotonic() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)`;
  const printed = execFileSync('python3', ['-c', probe, process.execPath, ...buildCommand(dir)], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const [seconds, maxRssKiB, code] = printed.trim().split(' ').map(Number) as [number, number, number];
  if (code !== 0) throw new Error('The build failed: run `npm run build` to see why.');
  return { seconds, peakMB: maxRssKiB / 1024 };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function clearCaches(dir: string): void {
  for (const part of ['dist', 'release', '.astro', '.astro-cache', '.vite-cache']) rmSync(join(dir, part), { recursive: true, force: true });
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

function floorPage(): { raw: number; gzip: number } {
  const seed = readFileSync(join(PROJECT_ROOT, 'seeds', '000_affa60f4d2264acc.txt'), 'utf8');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = seed
    .split(/\n{2,}/)
    .map((block) => `<p>${escape(block.trim())}</p>`)
    .join('\n');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Who is the Trafficked Migrant?</title>${body}</html>`;
  return { raw: Buffer.byteLength(html), gzip: gzipBytes(html) };
}

/**
 * In Chromium, from disk: each deck's time from navigation to Reveal.isReady(), the pages that
 * need JavaScript to be read, and the readability of the reader's pages.
 */
async function measureInChromium(dist: string, decks: string[], pages: string[], readersPages: string[]) {
  const browser: Browser = await launchChromium();
  const url = (path: string) => pathToFileURL(join(dist, path)).href;
  const ready: Record<string, number> = {};
  try {
    for (const path of decks) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(url(path));
      await page.waitForFunction(() => window.Reveal?.isReady());
      ready[path] = await page.evaluate(() => Math.round(performance.now()));
      await page.close();
    }
    const needing = await pagesNeedingJavaScript(browser, pages.map(url));
    const readable: Record<string, Readability> = {};
    for (const path of readersPages) {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(url(path));
      // All the text a reader can come to read (answers shown once ticked, disclosures opened), in
      // the page's language (not the seed's English names or the language switch), one block a line.
      const { text, lang } = await page.evaluate(() => {
        const lang = document.documentElement.lang;
        document.querySelectorAll('[hidden]').forEach((element) => element.removeAttribute('hidden'));
        document.querySelectorAll('details').forEach((element) => element.setAttribute('open', ''));
        document.querySelectorAll(`main [lang]:not([lang="${lang}"]), main code`).forEach((element) => element.remove());
        return { text: (document.querySelector('main') as HTMLElement).innerText, lang };
      });
      readable[path] = readability(
        text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        lang,
      );
      await page.close();
    }
    return { ready, readable, needsJavaScript: (path: string) => needing.includes(url(path)) };
  } finally {
    await browser.close();
  }
}

/**
 * For comparison, each deck's slides as a plain reveal.js deck would serve them: the same slide
 * markup in a page of its own (its own folder, as `dist/` would hold it) with reveal.js's stock
 * style sheet and white theme (which embeds its fonts) and reveal.js; the gzip of all it loads.
 */
function plainRevealDecks(dist: string, decks: string[], folder: string): Record<string, number> {
  mkdirSync(folder, { recursive: true });
  const file = (name: string) => readFileSync(join(PROJECT_ROOT, 'node_modules', 'reveal.js', 'dist', name));
  const assets = [file('reveal.css'), file('theme/white.css'), file('reveal.js')];
  for (const [name, bytes] of [
    ['reveal.css', assets[0]!],
    ['white.css', assets[1]!],
    ['reveal.js', assets[2]!],
  ] as const)
    writeFileSync(join(folder, name), bytes);
  const assetsGzip = assets.reduce((sum, bytes) => sum + gzipBytes(bytes), 0);
  const weights: Record<string, number> = {};
  for (const path of decks) {
    const html = readFileSync(join(dist, path), 'utf8');
    const start = html.indexOf('<div class="slides"');
    const end = html.lastIndexOf('</main>');
    const slides = html.slice(html.indexOf('>', start) + 1, html.lastIndexOf('</div>', end));
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>deck</title><link rel="stylesheet" href="reveal.css"><link rel="stylesheet" href="white.css"></head><body><div class="reveal"><div class="slides">${slides}</div></div><script src="reveal.js"></script><script>Reveal.initialize({ hash: true });</script></body></html>`;
    writeFileSync(join(folder, path.replace(/\//g, '-')), page);
    weights[path] = gzipBytes(page) + assetsGzip;
  }
  return weights;
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

async function main(): Promise<void> {
  checkPrerequisites();
  // The copy has no git history: it is dated as the checkout is.
  const env = { SOURCE_DATE_EPOCH: String(sourceDateEpoch(process.env, PROJECT_ROOT)) };
  const copy = makeProjectCopy();
  try {
    // The site build (astro build: every page, deck and single file, the security policy, the
    // zip) is timed without the release formats, which Chromium prints and packs after it (the
    // PDFs, PowerPoint, Kiwix, Kolibri, SCORM: KIT_SKIP_OFFLINE_FILES=1 leaves them out). Those are
    // timed once, by a whole build after the site's, and printed apart, with no budget.
    const siteOnly = { ...env, KIT_SKIP_OFFLINE_FILES: '1' };
    const cold: BuildRun[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      clearCaches(copy.dir);
      cold.push(timedBuild(copy.dir, siteOnly));
    }
    const warm: BuildRun[] = [];
    for (let i = 0; i < RUNS; i += 1) warm.push(timedBuild(copy.dir, siteOnly));
    // The whole build, as `npm run build` makes it: what the rest of the bench measures.
    const whole = timedBuild(copy.dir, env);

    const dist = join(copy.dir, 'dist');
    const releaseDir = join(copy.dir, 'release');
    const floor = floorPage();
    const { pages, decks } = pagesAndDecks(copy.dir);
    const locales = pages.filter((path) => /^[^/]+\/index\.html$/.test(path)).map((path) => path.split('/')[0]!);
    const readersPages = locales.flatMap((locale) => routes.readersSet(locale));
    const { ready, readable, needsJavaScript } = await measureInChromium(dist, decks, pages, readersPages);
    const release = readdirSync(releaseDir)
      .filter((file) => file !== 'SHA256SUMS')
      .sort();

    const rows: { what: string; figure: string; budget: string; result: string }[] = [];
    const row = (what: string, figure: string, budget: string, ok: boolean) => rows.push({ what, figure, budget, result: budget ? pass(ok) : '' });
    const summary = (runs: BuildRun[]) => ({
      seconds: median(runs.map((r) => r.seconds)),
      peakMB: median(runs.map((r) => r.peakMB)),
      highestPeakMB: Math.max(...runs.map((r) => r.peakMB)),
    });
    const build = { cold: summary(cold), warm: summary(warm) };
    const memory = (runs: ReturnType<typeof summary>) => `${runs.peakMB.toFixed(0)} MB (highest run ${runs.highestPeakMB.toFixed(0)} MB)`;
    row(`site build, cold: time (median of ${RUNS})`, `${build.cold.seconds.toFixed(1)} s`, '', true);
    row(`site build, warm: time (median of ${RUNS})`, `${build.warm.seconds.toFixed(1)} s`, '≤ 8 s', build.warm.seconds <= 8);
    row(`site build, cold: peak memory (median of ${RUNS})`, memory(build.cold), '≤ 450 MB', build.cold.peakMB <= 450);
    row(`site build, warm: peak memory (median of ${RUNS})`, memory(build.warm), '≤ 450 MB', build.warm.peakMB <= 450);
    row(
      'the release formats (PDFs, PowerPoint, Kiwix, Kolibri, SCORM): the whole build, less the warm site build',
      `${Math.max(0, whole.seconds - build.warm.seconds).toFixed(1)} s (whole build ${whole.seconds.toFixed(1)} s, peak ${whole.peakMB.toFixed(0)} MB)`,
      '',
      true,
    );
    const modules = folderBytes(join(PROJECT_ROOT, 'node_modules'));
    row('node_modules', `${(modules / 1024 / 1024).toFixed(0)} MB`, '≤ 300 MB', modules <= 300 * 1024 * 1024);
    row('floor: the seed as one plain HTML page', `${kib(floor.gzip)} gzip`, '', true);
    const results = {
      build,
      wholeBuild: whole,
      nodeModulesBytes: modules,
      floor,
      pages: {} as Record<string, unknown>,
      decks: {} as Record<string, unknown>,
      release: {} as Record<string, unknown>,
      readability: readable,
    };
    for (const path of pages) {
      const weight = pageWeight(dist, path);
      // A page that reads differently without JavaScript needs all of its JavaScript to be read.
      const jsNeededGzip = needsJavaScript(path) ? weight.jsGzip : 0;
      results.pages[path] = { ...weight, jsNeededGzip };
      row(
        `page ${path}`,
        `${kib(weight.gzip)} gzip, ${kib(weight.raw)} raw (${(weight.gzip / floor.gzip).toFixed(1)}× floor); JS ${kib(weight.jsGzip)} gzip, ${jsNeededGzip === 0 ? 'none' : kib(jsNeededGzip)} needed to read`,
        '≤ 14 KiB, JS ≤ 1.5 KiB, none needed',
        weight.gzip <= 14 * KiB && weight.jsGzip <= 1.5 * KiB && jsNeededGzip === 0,
      );
    }
    // How hard each page of the reader's set is to read: printed, with no budget; compare runs.
    for (const path of readersPages) row(`readability ${path}`, describeReadability(readable[path]!), '', true);
    const plain = plainRevealDecks(dist, decks, join(copy.dir, 'plain-reveal'));
    for (const path of decks) {
      const weight = pageWeight(dist, path);
      results.decks[path] = { ...weight, readyMs: ready[path], plainRevealGzip: plain[path] };
      row(
        `deck ${path}`,
        `${kib(weight.gzip)} gzip, ${kib(weight.raw)} raw as opened (${(weight.gzip / floor.gzip).toFixed(1)}× floor; the same slides as a plain reveal.js deck: ${kib(plain[path]!)} gzip), ready in ${ready[path]} ms`,
        path.endsWith('/session.html') ? '≤ 64 KiB' : '≤ 52 KiB',
        weight.gzip <= (path.endsWith('/session.html') ? 64 : 52) * KiB,
      );
    }
    for (const file of release) {
      const bytes = readFileSync(join(releaseDir, file));
      const size = { raw: bytes.length, gzip: gzipBytes(bytes) };
      results.release[file] = size;
      const figure = `${kib(size.gzip)} gzip, ${kib(size.raw)} raw`;
      if (file.endsWith('-offline.zip')) row(`kit ${file}`, figure, '≤ 4 MiB', size.raw <= 4 * 1024 * KiB);
      else if (isPackageFile(file)) row(`offline library ${file}`, figure, 'beside the zip (no budget of its own)', true);
      else if (file.endsWith('.pdf')) row(`PDF ${file}`, figure, 'in the zip (no budget of its own)', true);
      else if (file.endsWith('.txt')) {
        const characters = bytes.toString('utf8').replace(/^\uFEFF/, '').length;
        results.release[file] = { ...size, characters };
        row(`one chat message ${file}`, `${characters} characters`, `≤ ${SHORT_TEXT_LIMIT} characters`, characters <= SHORT_TEXT_LIMIT);
      } else if (file.startsWith('short-')) row(`one-screen file ${file}`, figure, '≤ 8 KiB gzip', size.gzip <= 8 * KiB);
      else if (file.startsWith('presentation-'))
        row(`single deck ${file}`, figure, '≤ 80 KiB gzip, 320 KiB raw', size.gzip <= 80 * KiB && size.raw <= 320 * KiB);
      else row(`single reader ${file}`, figure, '≤ 40 KiB gzip', size.gzip <= 40 * KiB);
    }

    const table = [
      '| what | figure | budget | |',
      '| --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.budget} | ${r.result} |`),
    ].join('\n');
    console.log(table);
    if (WRITE) {
      mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true });
      writeFileSync(join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
      writeFileSync(join(PROJECT_ROOT, 'bench', 'results.md'), `${table}\n`);
      console.log('\nbench/results.json and bench/results.md written.');
    } else {
      console.log('\n(Nothing written: `npm run bench -- --write` writes bench/results.json and bench/results.md.)');
    }
  } finally {
    copy.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
