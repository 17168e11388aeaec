import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core; no test downloads a browser.
 * CHROMIUM_PATH overrides the default /usr/bin/chromium.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // file:// pages may open other file:// pages, as a double-clicked kit does.
      '--allow-file-access-from-files',
    ],
  });
}
