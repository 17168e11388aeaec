// @ts-check
// Builds are the same wherever they run: nothing may depend on the machine's time zone.
process.env.TZ = 'UTC';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import yaml from 'js-yaml';
import { satteri } from '@astrojs/markdown-satteri';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyContentSecurityPolicy } from './scripts/csp.ts';
import { release, zipName } from './scripts/release.ts';
import { printKit } from './scripts/print-kit.ts';
import { buildPackages } from './scripts/packages/index.ts';
import { launchChromium } from './scripts/chromium.ts';
import { CHROMIUM_MISSING, CHROMIUM_PATH } from './scripts/chromium.ts';
import { fillFileSizes, fileSizeText } from './scripts/lib/file-sizes.ts';
import { sourceDateEpoch } from './scripts/lib/source-date.ts';
import { kindOfRoute, PAGE_KINDS_FILE } from './scripts/lib/built-pages.ts';
import { kitCode } from './scripts/lib/kit-code.ts';
import { hostedPageAddress, hostedSitemapIndex } from './scripts/lib/hosted-sitemap.ts';
import { BUILD_INPUTS_FILE, buildInputsHash } from './scripts/lib/build-inputs.ts';
import { checkContent, formatFault, PARSER_FEATURES } from './src/lib/content-check.ts';
import { contentSafetyPlugin } from './src/lib/content-plugin.ts';
import { neutralHeadingIds } from './src/lib/heading-ids.ts';
import { writeUzbekCyrillic } from './scripts/lib/uzbek-cyrillic-files.ts';

const ROOT = fileURLToPath(new URL('./', import.meta.url));

// The build's reference date, found once (asking git from inside the running build costs about
// 0.2 s: the contacts and the release each asked again); everything later reads it from here.
process.env.SOURCE_DATE_EPOCH = String(sourceDateEpoch());

/** The organisation's logo, beside the settings file (src/schemas/settings.ts). */
const LOGO_FILE = /^content\/settings\/logo\.(png|jpe?g|svg)$/;

/**
 * Every file under content/, as a path from the project's folder with `/`, and its text.
 * @param {string} root
 */
function contentFiles(root) {
  const folder = join(root, 'content');
  return (
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
      // The organisation's logo is a picture, not text: src/lib/logo.ts checks it, from its bytes.
      .filter((file) => !LOGO_FILE.test(file))
      .sort()
      .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }))
  );
}

/**
 * Before anything is built from the content, every content file is checked (src/lib/content-check.ts):
 * a fault in any of them stops the build, and every fault is named at once, with its file and line.
 * The one check that reads the clock: no date of publication or confirmation after today. It
 * only refuses a build; it changes nothing that a build writes.
 * @type {() => import('astro').AstroIntegration}
 */
const kitContentCheck = () => ({
  name: 'kit-content-check',
  hooks: {
    'astro:config:setup': ({ config }) => {
      const root = fileURLToPath(config.root);
      const faults = checkContent(contentFiles(root), new Date().toISOString().slice(0, 10));
      if (faults.length > 0) {
        throw new Error(`The content has ${faults.length} fault${faults.length > 1 ? 's' : ''}; nothing was built:\n${faults.map(formatFault).join('\n')}`);
      }
    },
  },
});

/**
 * Replaces `target` with `staged`, a folder on the same disk, in two renames.
 * @param {string} staged
 * @param {string} target
 */
function publish(staged, target) {
  const old = `${target}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(staged, target);
  rmSync(old, { recursive: true, force: true });
}

/**
 * The build writes into .build/ and, once every page, its security policy and the release are
 * done, puts them in dist/ and release/: a build that fails leaves dist/ and release/ as the last
 * good build left them (its own half-written files stay in .build/, cleared by the next build).
 * In the same process (one Node start, not three): the Content-Security-Policy <meta> of every
 * page (scripts/csp.ts), then release/ (scripts/release.ts). The kind of every page (deck, page
 * to read, neutral page) is the route's that wrote it, written to .astro/kit-pages.json.
 * @type {() => import('astro').AstroIntegration}
 */
const kitRelease = () => {
  /** @type {Map<string, string>} route pattern → the route's file */
  const routeFiles = new Map();
  let root = ROOT;
  return {
    name: 'kit-release',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Uzbek's Cyrillic edition, made from its Latin one before anything reads the content.
        writeUzbekCyrillic(root);
        if (command !== 'build') return;
        // The build prints the kit's PDFs with Chromium: without one it stops here, before building anything.
        if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
        rmSync(join(root, '.build'), { recursive: true, force: true });
        updateConfig({ outDir: new URL('./.build/dist/', config.root) });
      },
      'astro:routes:resolved': ({ routes }) => {
        for (const route of routes) routeFiles.set(route.pattern, route.entrypoint);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const staged = fileURLToPath(dir);
        /** @type {Record<string, import('./scripts/lib/built-pages.ts').PageKind>} */
        const kinds = {};
        for (const [pattern, files] of assets) {
          const kind = kindOfRoute(routeFiles.get(pattern) ?? '');
          if (kind) for (const file of files) kinds[relative(staged, fileURLToPath(file)).split(sep).join('/')] = kind;
        }
        const pages = applyContentSecurityPolicy(staged, kinds, kitCode(root));
        // The sitemap's index names its sitemaps at the site's folder, as the pages are.
        const sitemapIndex = join(staged, 'sitemap-index.xml');
        if (SITE_ADDRESS && existsSync(sitemapIndex)) writeFileSync(sitemapIndex, hostedSitemapIndex(readFileSync(sitemapIndex, 'utf8'), SITE_ADDRESS));
        // The A4 PDFs of every language of the trainer's set (each has the session deck).
        const locales = readdirSync(staged).filter((name) => existsSync(join(staged, name, 'present', 'session.html')));
        const epoch = Number(process.env.SOURCE_DATE_EPOCH);
        const readerLocales = readdirSync(staged).filter(
          (name) => existsSync(join(staged, name, 'index.html')) && existsSync(join(staged, 'downloads', `working-abroad-${name}.html`)),
        );
        // Only the test suite's fixture builds skip them (tests/build/third-locale.test.ts): a
        // build with KIT_SKIP_OFFLINE_FILES=1 says so, and its trainers page lists only what it made.
        const skipOffline = process.env.KIT_SKIP_OFFLINE_FILES === '1';
        if (skipOffline) logger.warn('KIT_SKIP_OFFLINE_FILES=1: no PDFs and no files for the offline libraries were made.');
        const browser = skipOffline ? undefined : await launchChromium();
        /** @type {string[]} */
        let pdfs = [];
        /** @type {{ files: string[]; skipped: string[] }} */
        let packages = { files: [], skipped: [] };
        if (browser)
          try {
            pdfs = await printKit(staged, locales, epoch, browser);
            // The offline libraries' files (never in the zip): Kiwix, Kolibri, SCORM, PowerPoint.
            packages = await buildPackages({
              dist: staged,
              readerLocales,
              trainerLocales: locales,
              publisher: BUILD_SETTINGS.organisation ?? 'migrant-awareness-kit',
              titles: Object.fromEntries(
                readerLocales.map((locale) => [locale, titleOf(readFileSync(join(staged, 'downloads', `working-abroad-${locale}.html`), 'utf8'))]),
              ),
              modified: new Date(epoch * 1000),
              kit: kitCode(root),
              browser,
            });
          } finally {
            await browser.close();
          }
        for (const reason of packages.skipped) logger.warn(reason);
        // The trainers pages list every file with its size; the zip holds those pages, so its
        // own size is written, and the zip made again, until the size it states is its own.
        const trainersPages = locales.map((locale) => `${locale}/trainers.html`);
        const stagedRelease = join(root, '.build', 'release');
        const zip = `downloads/${zipName(root)}`;
        let stated = 0;
        fillFileSizes(staged, trainersPages, { [zip]: stated });
        let made = release({ root, dist: staged, out: stagedRelease });
        for (let round = 0; round < 5 && fileSizeText(made.zipBytes, 'en-GB') !== fileSizeText(stated, 'en-GB'); round += 1) {
          stated = made.zipBytes;
          fillFileSizes(staged, trainersPages, { [zip]: stated });
          made = release({ root, dist: staged, out: stagedRelease });
        }
        const { files, zipBytes } = made;
        publish(staged, join(root, 'dist'));
        publish(stagedRelease, join(root, 'release'));
        mkdirSync(dirname(join(root, PAGE_KINDS_FILE)), { recursive: true });
        writeFileSync(join(root, PAGE_KINDS_FILE), `${JSON.stringify(Object.fromEntries(Object.entries(kinds).sort()), null, 2)}\n`);
        // What this build was made from: the site tests reuse it while that is unchanged.
        writeFileSync(join(root, BUILD_INPUTS_FILE), `${buildInputsHash(root, epoch)}\n`);
        rmSync(join(root, '.build'), { recursive: true, force: true });
        logger.info(
          `Content-Security-Policy written into ${pages} pages; ${pdfs.length} PDFs printed; for the offline libraries: ${packages.files.join(', ')}.`,
        );
        logger.info(`release/: ${files.join(', ')} (the zip: ${(zipBytes / 1024).toFixed(0)} KiB)`);
        logger.info('The site is in dist/: open dist/index.html, or publish the dist/ folder on any static host.');
      },
    },
  };
};

/**
 * A page's <title>.
 * @param {string} html
 */
const titleOf = (html) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';

/**
 * What the build itself takes from content/settings/kit.yaml (src/schemas/settings.ts): the
 * hosted site's address (Astro's `site`, for the sitemap) and the organisation's name (the
 * packages' publisher). A value of the wrong shape is left out here and left to the content
 * check, which stops the build naming the field.
 * @param {string} root
 * @returns {{ siteAddress?: string; organisation?: string }}
 */
function buildSettingsOf(root) {
  const settings = /** @type {{ siteAddress?: unknown; organisation?: { name?: unknown } } | null} */ (
    yaml.load(readFileSync(join(root, 'content', 'settings', 'kit.yaml'), 'utf8'))
  );
  const address = settings?.siteAddress;
  const name = settings?.organisation?.name;
  return {
    ...(typeof address === 'string' && /^https:\/\/[^/@]+\/(?:[^?#]*\/)?$/.test(address) ? { siteAddress: address } : {}),
    ...(typeof name === 'string' ? { organisation: name.trim() } : {}),
  };
}

// The project's folder is where the build runs (Astro may load this file from a bundled copy).
const BUILD_SETTINGS = buildSettingsOf(process.cwd());
const SITE_ADDRESS = BUILD_SETTINGS.siteAddress;

// The kit must work from a web host and from disk (a USB stick, a file sent through a chat app):
// - `format: 'preserve'` keeps `src/pages/[locale]/index.astro` as `en/index.html`, so every
//   link can name a file (`../index.html`) instead of a folder, which file:// cannot open.
// - `inlineStylesheets: 'always'` puts the CSS in each page, so no `/_astro/…` absolute URL is
//   written (it would resolve to the root of the disk on file://).
// - Pages ship no JavaScript, so no `<script type="module" src>` (blocked on file://) appears.
export default defineConfig({
  // With a site address, a sitemap of the pages (not the neutral pages, not the files of
  // downloads/), written before the release is made (the zip leaves it out).
  ...(SITE_ADDRESS ? { site: SITE_ADDRESS } : {}),
  integrations: [
    kitContentCheck(),
    mdx(),
    ...(SITE_ADDRESS
      ? [
          sitemap({
            filter: (page) => !/\/(notes|downloads\/[^/]*)(\.html)?$/.test(new URL(page).pathname),
            serialize: (item) => ({ ...item, url: hostedPageAddress(item.url, SITE_ADDRESS) }),
          }),
        ]
      : []),
    kitRelease(),
  ],
  build: {
    format: 'preserve',
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  // The seed's text is shown as the seed wrote it: no curly quotes or dashes added. Every
  // Markdown and MDX file is read through the kit's content check as well (src/lib/content-plugin.ts),
  // and its headings get ids that say nothing of the subject (src/lib/heading-ids.ts).
  markdown: {
    processor: satteri({ features: PARSER_FEATURES, mdastPlugins: [contentSafetyPlugin()], hastPlugins: [neutralHeadingIds()] }),
    syntaxHighlight: false,
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX modules start with a "use astro:head-inject" directive that the bundler
        // reports for every entry; it is Astro's own marker, not a problem in our content.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // A static site only: nothing is rendered on demand, and no image service is needed.
  output: 'static',
});
