/** Opens a page in Chromium the way a reader does, and records everything that went wrong. */
import type { Browser, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  /** Console errors and warnings, page errors, failed requests, HTTP errors, requests to another host. */
  problems: string[];
  close: () => Promise<void>;
}

export interface VisitOptions {
  width?: number;
  height?: number;
  /** The one origin requests may go to besides `data:` (`file:` for pages opened from disk). */
  origin?: string;
  /** As a reader who asks for less motion: the decks then have no transitions. */
  reducedMotion?: 'reduce';
}

export async function visit(browser: Browser, url: string, { width = 320, height = 720, origin, reducedMotion }: VisitOptions = {}): Promise<Visit> {
  origin ??= new URL(url).protocol === 'file:' ? 'file:' : new URL(url).origin;
  const context = await browser.newContext({ viewport: { width, height }, ...(reducedMotion ? { reducedMotion } : {}) });
  const page = await context.newPage();
  const problems: string[] = [];
  const allowed = (target: string) => target.startsWith(origin!) || target.startsWith('data:') || target === 'about:blank';
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
