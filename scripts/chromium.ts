// Debian's Chromium, driven by playwright-core, for the browser tests, the benchmark and the PDFs.
// No step downloads a browser: CHROMIUM_PATH overrides the default /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What to do when there is no Chromium: said the same way by every command that needs one. */
export const CHROMIUM_MISSING = `No Chromium at ${CHROMIUM_PATH}. Install Debian's (apt-get install chromium fonts-dejavu-core fonts-noto-core), or point CHROMIUM_PATH at another Chromium.`;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // This machine has no network: Chromium's own background connections would only fail.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/**
 * One Chromium that other processes connect to (`connectChromium`): the site tests' global setup
 * starts it and every test file connects, instead of each starting its own (about 2 s of the two
 * cores each).
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/** The Chromium `launchChromiumServer` started; closing what this returns only disconnects. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
