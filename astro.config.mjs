// @ts-check
// Builds are the same wherever they run: nothing may depend on the machine's time zone.
process.env.TZ = 'UTC';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { applyContentSecurityPolicy } from './scripts/csp.ts';
import { release } from './scripts/release.ts';
import { sourceDateEpoch } from './scripts/lib/source-date.ts';

// The build's reference date, found once (asking git from inside the running build costs about
// 0.2 s: the contacts and the release each asked again); everything later reads it from here.
process.env.SOURCE_DATE_EPOCH = String(sourceDateEpoch());

/**
 * After the pages are written, in the same process (one Node start, not three): the
 * Content-Security-Policy <meta> of every page (scripts/csp.mjs), then release/ (scripts/release.mjs).
 * @type {() => import('astro').AstroIntegration}
 */
const kitRelease = () => ({
  name: 'kit-release',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const pages = applyContentSecurityPolicy(fileURLToPath(dir));
      const { files, zipBytes } = release({ root: fileURLToPath(new URL('../', dir)) });
      logger.info(`Content-Security-Policy written into ${pages} pages.`);
      logger.info(`release/: ${files.join(', ')} (the zip: ${(zipBytes / 1024).toFixed(0)} KiB)`);
      logger.info('The site is in dist/: open dist/index.html, or publish the dist/ folder on any static host.');
    },
  },
});

// The kit must work from a web host and from disk (a USB stick, a file sent through a chat app):
// - `format: 'preserve'` keeps `src/pages/[locale]/index.astro` as `en/index.html`, so every
//   link can name a file (`../index.html`) instead of a folder, which file:// cannot open.
// - `inlineStylesheets: 'always'` puts the CSS in each page, so no `/_astro/…` absolute URL is
//   written (it would resolve to the root of the disk on file://).
// - Pages ship no JavaScript, so no `<script type="module" src>` (blocked on file://) appears.
export default defineConfig({
  integrations: [mdx(), kitRelease()],
  build: {
    format: 'preserve',
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  // The seed's text is shown as the seed wrote it: no curly quotes or dashes added.
  markdown: {
    processor: satteri({ features: { smartPunctuation: false } }),
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
