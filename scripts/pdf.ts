// `npm run pdf`: the slides PDF and the handout PDF (each slide with its notes under it) of every
// deck in every language, printed by Chromium from the built site (run `npm run build` first).
// Written to release/pdf/<locale>/<deck>-slides.pdf and <deck>-handout.pdf.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Prints one deck (`deckUrl`, file:// or http://) to PDF through reveal.js's print view
 * (`?print-pdf`), fragments shown whole. Printing before reveal.js has laid out its `.pdf-page`
 * elements gives one blank page, so this waits for them.
 */
export async function printDeck(page: Page, deckUrl: string, outFile: string, { handout = false }: { handout?: boolean } = {}): Promise<void> {
  await page.goto(`${deckUrl}?print-pdf${handout ? '&handout' : ''}`);
  await page.waitForFunction(
    // reveal.js puts Reveal on window, as a classic script does.
    () => window.Reveal?.isReady() && document.querySelectorAll('.reveal .pdf-page').length > 0,
  );
  await page.pdf({ path: outFile, preferCSSPageSize: true, printBackground: true });
}

async function main(): Promise<void> {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first.');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const locale of readdirSync(dist)) {
      const decks = join(dist, locale, 'present');
      if (!existsSync(decks)) continue;
      const out = join(ROOT, 'release', 'pdf', locale);
      mkdirSync(out, { recursive: true });
      for (const file of readdirSync(decks).filter((name) => name.endsWith('.html'))) {
        const deck = file.replace(/\.html$/, '');
        const url = pathToFileURL(join(decks, file)).href;
        await printDeck(page, url, join(out, `${deck}-slides.pdf`));
        await printDeck(page, url, join(out, `${deck}-handout.pdf`), { handout: true });
        console.log(`release/pdf/${locale}/${deck}-slides.pdf, ${deck}-handout.pdf`);
      }
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
