// Whether a page can be read without JavaScript, measured in Chromium: shared by `npm run bench`
// and the site tests.
import type { Browser, Page } from 'playwright-core';

/**
 * The pages whose text (all that Chromium shows of the page at phone width) is not the same with
 * JavaScript off as with it on. An awareness page must need none: a reader's phone may
 * block scripts, or load them too slowly.
 */
export async function pagesNeedingJavaScript(browser: Browser, urls: string[]): Promise<string[]> {
  const viewport = { width: 360, height: 740 };
  const contexts = [await browser.newContext({ viewport }), await browser.newContext({ viewport, javaScriptEnabled: false })];
  try {
    const [withScripts, withoutScripts] = (await Promise.all(contexts.map((context) => context.newPage()))) as [Page, Page];
    const needing: string[] = [];
    for (const url of urls) {
      const [read, readWithout] = await Promise.all([shownText(withScripts, url), shownText(withoutScripts, url)]);
      if (read !== readWithout) needing.push(url);
    }
    return needing;
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}

async function shownText(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return page.evaluate(() => document.body.innerText);
}
