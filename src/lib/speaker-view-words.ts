/**
 * The speaker view's words. reveal.js's notes plugin writes its view in English, whatever the
 * deck's language; the deck (src/scripts/deck.js) puts the kit's words in their place when it
 * opens the view. `tests/unit/speaker-view-words.test.ts` reads the plugin's template: a reveal.js
 * update that changes or adds one of these words fails it, so none is left in English unseen.
 */
import type { Translate } from './i18n';

/** reveal.js's English, as its template and its script write it, and the kit's key for each. */
export const SPEAKER_VIEW_ENGLISH = {
  'reveal.js - Speaker View': 'speaker.title',
  'Loading speaker view...': 'speaker.loading',
  Upcoming: 'speaker.upcoming',
  Time: 'speaker.time',
  'Click to Reset': 'speaker.reset',
  'Pacing – Time to finish current slide': 'speaker.pacing',
  Notes: 'speaker.notes',
  Layout: 'speaker.layout',
  Default: 'speaker.layoutDefault',
  Wide: 'speaker.layoutWide',
  Tall: 'speaker.layoutTall',
  'Notes only': 'speaker.layoutNotesOnly',
} as const;

/** The words a deck hands its script: reveal.js's English → the deck's language. */
export function speakerViewWords(t: Translate): Record<string, string> {
  // The clock's placeholder, until its first tick writes the time (in 24 hours: deck.js).
  return { ...Object.fromEntries(Object.entries(SPEAKER_VIEW_ENGLISH).map(([english, key]) => [english, t(key)])), '0:00 AM': '00:00' };
}
