/** Opens a page in Chromium the way a reader does, and records everything that went wrong. */
import type { Browser, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  /** Console errors and warnings, page errors, failed requests, HTTP errors, requests to another host. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * @param origin the one origin requests may go to besides `data:` (`file:` for pages opened from disk).
 */
export async function visit(browser: Browser, url: string, { width = 320, height = 720, origin = new URL(url).protocol === 'file:' ? 'file:' : new URL(url).origin } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems: string[] = [];
  const allowed = (target: string) => target.startsWith(origin) || target.startsWith('data:') || target === 'about:blank';
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  context.on('request', (request) => {
    if (!allowed(request.url())) problems.push(`request to another host: ${request.url()}`);
  });
  context.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} ${request.failure()?.errorText}`));
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}
