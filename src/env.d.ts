// Types the build and the decks' scripts share.
import type { RevealApi } from 'reveal.js';
import type RevealNotes from 'reveal.js/plugin/notes';
import type { PageContext } from './lib/page-context';

/** reveal.js's API as its UMD build has it: its types leave out `isScrollView` (reveal.js 6.0). */
type DeckApi = RevealApi & { isScrollView(): boolean };

declare global {
  /** reveal.js's UMD build, loaded as a classic script before the deck's own script. */
  const Reveal: DeckApi;
  interface Window {
    /** Set by reveal.js's UMD build (absent on pages that are not decks). */
    Reveal?: DeckApi;
    /** Set by the speaker-view plugin's UMD build, once it has loaded. */
    RevealNotes?: typeof RevealNotes;
  }
  namespace App {
    /** What every page and component knows about the page being built (src/middleware.ts). */
    interface Locals extends PageContext {}
  }
}
