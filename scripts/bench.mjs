// `npm run bench`: builds the kit from cold (caches cleared) and warm, three times each, and
// measures it; prints a table with every budget as PASS or FAIL; writes bench/results.json.
// Times are printed, never asserted (npm test asserts the size budgets, which are deterministic).
// The floor for comparison: the seed's text as one plain HTML page, with no framework.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { pagesAndDecks } from './lib/built-pages.mjs';
import { pagesNeedingJavaScript } from './lib/no-script.mjs';
import { gzipBytes, pageWeight } from './lib/sizes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const RELEASE = join(ROOT, 'release');
const KiB = 1024;
const RUNS = 3;
// The build exactly as `npm run build` runs it (package.json), without npm's own start-up.
const BUILD = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build;

/** One build in a child process: its wall time, and the peak memory of its largest process (getrusage). */
function timedBuild() {
  const probe = `import resource, subprocess, sys, time
start = time.monotonic()
code = subprocess.run(["sh", "-c", sys.argv[1]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(time.monotonic() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)`;
  const [seconds, maxRssKiB, code] = execFileSync('python3', ['-c', probe, BUILD], { cwd: ROOT, encoding: 'utf8' }).trim().split(' ').map(Number);
  if (code !== 0) throw new Error('The build failed: run `npm run build` to see why.');
  return { seconds, peakMB: maxRssKiB / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function clearCaches() {
  for (const dir of ['dist', 'release', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(ROOT, dir), { recursive: true, force: true });
}

function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

function floorPage() {
  const seed = readFileSync(join(ROOT, 'seeds', '000_affa60f4d2264acc.txt'), 'utf8');
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = seed.split(/\n{2,}/).map((block) => `<p>${escape(block.trim())}</p>`).join('\n');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Who is the Trafficked Migrant?</title>${body}</html>`;
  return { raw: Buffer.byteLength(html), gzip: gzipBytes(html) };
}

/** In Chromium, from disk: each deck's time from navigation to Reveal.isReady(), and the pages that need JavaScript to be read. */
async function measureInChromium(decks, pages) {
  const browser = await launchChromium();
  const ready = {};
  try {
    for (const path of decks) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(pathToFileURL(join(DIST, path)).href);
      await page.waitForFunction(() => /** @type {any} */ (window).Reveal?.isReady());
      ready[path] = await page.evaluate(() => Math.round(performance.now()));
      await page.close();
    }
    const needing = await pagesNeedingJavaScript(browser, pages.map((path) => pathToFileURL(join(DIST, path)).href));
    return { ready, needsJavaScript: (path) => needing.includes(pathToFileURL(join(DIST, path)).href) };
  } finally {
    await browser.close();
  }
}

const pass = (ok) => (ok ? 'PASS' : 'FAIL');
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

async function main() {
  const cold = [];
  for (let i = 0; i < RUNS; i += 1) {
    clearCaches();
    cold.push(timedBuild());
  }
  const warm = [];
  for (let i = 0; i < RUNS; i += 1) warm.push(timedBuild());

  const floor = floorPage();
  const { pages, decks } = pagesAndDecks(DIST);
  const { ready, needsJavaScript } = await measureInChromium(decks, pages);
  const release = readdirSync(RELEASE).filter((file) => file !== 'SHA256SUMS').sort();

  const rows = [];
  const row = (what, figure, budget, ok) => rows.push({ what, figure, budget, result: budget ? pass(ok) : '' });
  const summary = (runs) => ({ seconds: median(runs.map((r) => r.seconds)), peakMB: median(runs.map((r) => r.peakMB)), highestPeakMB: Math.max(...runs.map((r) => r.peakMB)) });
  const build = { cold: summary(cold), warm: summary(warm) };
  const memory = (runs) => `${runs.peakMB.toFixed(0)} MB (highest run ${runs.highestPeakMB.toFixed(0)} MB)`;
  row(`build, cold: time (median of ${RUNS})`, `${build.cold.seconds.toFixed(1)} s`, '', true);
  row(`build, warm: time (median of ${RUNS})`, `${build.warm.seconds.toFixed(1)} s`, '≤ 5 s', build.warm.seconds <= 5);
  row(`build, cold: peak memory (median of ${RUNS})`, memory(build.cold), '≤ 400 MB', build.cold.peakMB <= 400);
  row(`build, warm: peak memory (median of ${RUNS})`, memory(build.warm), '≤ 400 MB', build.warm.peakMB <= 400);
  const modules = folderBytes(join(ROOT, 'node_modules'));
  row('node_modules', `${(modules / 1024 / 1024).toFixed(0)} MB`, '≤ 300 MB', modules <= 300 * 1024 * 1024);
  row('floor: the seed as one plain HTML page', `${kib(floor.gzip)} gzip`, '', true);
  const results = { build, nodeModulesBytes: modules, floor, pages: {}, decks: {}, release: {} };
  for (const path of pages) {
    const weight = pageWeight(DIST, path);
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
  for (const path of decks) {
    const weight = pageWeight(DIST, path);
    results.decks[path] = { ...weight, readyMs: ready[path] };
    row(`deck ${path}`, `${kib(weight.gzip)} gzip, ${kib(weight.raw)} raw as opened (${(weight.gzip / floor.gzip).toFixed(1)}× floor), ready in ${ready[path]} ms`, '≤ 48 KiB', weight.gzip <= 48 * KiB);
  }
  for (const file of release) {
    const bytes = readFileSync(join(RELEASE, file));
    const size = { raw: bytes.length, gzip: gzipBytes(bytes) };
    results.release[file] = size;
    const figure = `${kib(size.gzip)} gzip, ${kib(size.raw)} raw`;
    if (file.endsWith('.zip')) row(`kit ${file}`, figure, '≤ 1 MiB', size.raw <= 1024 * KiB);
    else if (file.startsWith('presentation-')) row(`single deck ${file}`, figure, '≤ 70 KiB gzip, 280 KiB raw', size.gzip <= 70 * KiB && size.raw <= 280 * KiB);
    else row(`single reader ${file}`, figure, '≤ 40 KiB gzip', size.gzip <= 40 * KiB);
  }

  const table = ['| what | figure | budget | |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.budget} | ${r.result} |`)].join('\n');
  console.log(table);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench', 'results.md'), `${table}\n`);
  console.log(`\nbench/results.json and bench/results.md written (${relative(ROOT, DIST)}/ and release/ are the warm build's).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
