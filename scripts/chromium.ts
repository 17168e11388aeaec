// Debian's Chromium, driven by playwright-core, for the browser tests, the benchmark and the PDFs.
// No step downloads a browser: CHROMIUM_PATH overrides the default /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What to do when there is no Chromium: said the same way by every command that needs one. */
export const CHROMIUM_MISSING = `No Chromium at ${CHROMIUM_PATH}. Install Debian's (apt-get install chromium fonts-dejavu-core fonts-noto-core), or point CHROMIUM_PATH at another Chromium.`;

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // This machine has no network: Chromium's own background connections would only fail.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
