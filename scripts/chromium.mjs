// Debian's Chromium, driven by playwright-core, for the browser tests and `npm run pdf`.
// No step downloads a browser: CHROMIUM_PATH overrides the default /usr/bin/chromium.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchChromium() {
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
