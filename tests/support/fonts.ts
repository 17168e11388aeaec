/**
 * Which fonts Chromium draws some letters with on a page: the letters put in a paragraph of the
 * page (right after the element `after` names, so in its text style), and Chromium's platform-fonts report for it (DevTools' CSS domain).
 * Returns the page's font stack for that paragraph too, so a test can tell a font the page names
 * from one the system fell back to.
 */
import type { Page } from 'playwright-core';

export interface DrawnLetters {
  /** The families of the paragraph's `font-family`, in order. */
  stack: string[];
  /** Each font Chromium used, with how many of the letters it drew. */
  fonts: { familyName: string; glyphCount: number }[];
}

export async function fontsDrawing(page: Page, letters: string, after: string): Promise<DrawnLetters> {
  const fontFamily = await page.evaluate(
    ([text, selector]) => {
      const probe = document.createElement('p');
      probe.id = 'letters-probe';
      probe.textContent = text;
      const anchor = document.querySelector(selector);
      if (anchor) anchor.after(probe);
      else document.body.append(probe);
      return getComputedStyle(probe).fontFamily;
    },
    [letters, after] as const,
  );
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#letters-probe' });
    // Chromium reports fonts once the probe has been laid out and painted: ask until it has.
    let fonts: DrawnLetters['fonts'] = [];
    for (let attempt = 0; attempt < 20 && fonts.length === 0; attempt += 1) {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      ({ fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId }));
    }
    return { stack: fontFamily.split(',').map((family) => family.trim().replace(/^["']|["']$/g, '')), fonts };
  } finally {
    await session.detach();
  }
}
