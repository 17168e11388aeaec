/**
 * The sizes a deck is laid out at, in reveal.js's pixels: on a screen (16:9, and printed: the
 * kit's print stylesheet, src/styles/deck-print.css, lays the same slide on A4), and on a phone
 * (a smaller 16:9 slide, so that the text is large enough to read in reveal.js's scroll view). DeckLayout hands
 * them to the deck's script; the security policy allows the styles reveal.js's print view writes
 * for each (scripts/csp.ts).
 */
export const DECK_MARGIN = 0.04;

export const DECK_SIZES = {
  screen: { width: 1280, height: 720 },
  phone: { width: 960, height: 540 },
} as const;

/**
 * The two style sheets reveal.js 6's print view (`?print-pdf`) adds to a deck of this size, word
 * for word (its `activate()` in dist/reveal.js): the page size, and the largest a picture may be.
 */
export function printViewStyles({ width, height }: { width: number; height: number }, margin: number = DECK_MARGIN): string[] {
  const pageWidth = Math.floor(width * (1 + margin));
  const pageHeight = Math.floor(height * (1 + margin));
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${width}px; max-height:${height}px}`,
  ];
}
