/**
 * The site tests' global setup: build the kit once (the site, its security policy and release/,
 * as `npm run build` does; or take the build `npm run build` just made from the same files), unzip the offline zip into an empty folder, and crawl every page and
 * deck once (tests/support/crawl.ts); every site test reads what the crawl found. The Chromium and
 * the static server it starts stay up for the test files (`useBrowser` connects to them), and stop
 * when the last file is done.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectChromium, launchChromiumServer } from '../../scripts/chromium.ts';
import { readZip } from '../../scripts/lib/zip.ts';
import { buildCommand, PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';
import { BUILD_INPUTS_FILE, buildInputsHash } from '../../scripts/lib/build-inputs.ts';
import { sourceDateEpoch } from '../../scripts/lib/source-date.ts';
import { KIT_BASENAME } from '../../src/lib/kit';
import { crawlKit } from '../support/crawl';
import { serveFolder } from '../support/static-server';
import { awarenessPages, DIST, htmlFiles, isDeck, NEUTRAL_PAGE, RELEASE } from '../support/site';
import { SOURCE_LOCALE } from '../../src/lib/i18n';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const say = (what: string) => process.env.CRAWL_TIMES && console.error(`setup: ${what} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // The README's `npm run build` just made the kit from these very files: test that build. Any
  // change to what a build reads since (scripts/lib/build-inputs.ts) builds again.
  const stamp = join(PROJECT_ROOT, BUILD_INPUTS_FILE);
  const current = buildInputsHash(PROJECT_ROOT, sourceDateEpoch(process.env, PROJECT_ROOT));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === current && existsSync(DIST) && existsSync(RELEASE)) say('reused the last build');
  else {
    execFileSync(process.execPath, buildCommand(PROJECT_ROOT), { cwd: PROJECT_ROOT, stdio: 'pipe' });
    say('built');
  }
  const folder = mkdtempSync(join(tmpdir(), 'kit-unzipped-'));
  for (const entry of readZip(readFileSync(join(RELEASE, `${KIT_BASENAME}-offline.zip`)))) {
    mkdirSync(dirname(join(folder, entry.name)), { recursive: true });
    writeFileSync(join(folder, entry.name), entry.data);
  }
  const top = join(folder, KIT_BASENAME);
  const [chromium, server] = await Promise.all([launchChromiumServer(), serveFolder(DIST)]);
  const stop = async () => {
    await Promise.all([chromium.close(), server.close()]);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const browser = await connectChromium(chromium.wsEndpoint());
    const awareness = awarenessPages();
    // Over http, besides every deck: the root, the neutral page and one language's pages.
    const overHttp = [NEUTRAL_PAGE, ...awareness.filter((path) => !path.includes('/') || path.startsWith(`${SOURCE_LOCALE}/`))];
    // The single-file decks are the full deck's slides, opened alone by kit.test.ts.
    const paths = htmlFiles(top).filter((path) => !(path.startsWith('downloads/') && isDeck(path)));
    // Read without JavaScript: the pages to read, and the single files that are not decks.
    const readable = [...awareness, ...paths.filter((path) => path.startsWith('downloads/') && !isDeck(path))];
    project.provide('crawl', await crawlKit(browser, { paths, diskTop: top, origin: server.origin, isDeck, awareness: readable, overHttp }));
    await browser.close();
    project.provide('unzipped', top);
    project.provide('chromiumEndpoint', chromium.wsEndpoint());
    project.provide('origin', server.origin);
    say('crawled');
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
