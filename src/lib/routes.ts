import { TOPICS } from './topics';
import { KIT_BASENAME } from './kit';
import type { Topic } from './topics';

/** The decks: the whole presentation, one per topic, and the exercises. */
export const DECK_NAMES = ['full', ...TOPICS, 'exercises'] as const;
export type DeckName = (typeof DECK_NAMES)[number];

/**
 * Where each page of the site lives, as a path from the site's root. Pages pass these to
 * `relativeHref` (./paths.ts) to link to each other; nothing else spells a page's file name.
 */
export const routes = {
  languages: (): string => 'index.html',
  home: (locale: string): string => `${locale}/index.html`,
  topic: (locale: string, topic: Topic): string => `${locale}/${topic}.html`,
  instruments: (locale: string): string => `${locale}/instruments.html`,
  about: (locale: string): string => `${locale}/about.html`,
  trainers: (locale: string): string => `${locale}/trainers.html`,
  browseSafely: (locale: string): string => `${locale}/browse-safely.html`,
  help: (locale: string): string => `${locale}/help.html`,
  exercises: (locale: string): string => `${locale}/exercises.html`,
  sessionPlan: (locale: string): string => `${locale}/session-plan.html`,
  glossary: (locale: string): string => `${locale}/glossary.html`,
  /** The kit's neutral page, where quick exit goes when there is no network. */
  neutral: (): string => 'notes.html',
  deck: (locale: string, deck: DeckName): string => `${locale}/present/${deck}.html`,
  /**
   * Files that open alone, with everything inlined and no link to another file, for sending
   * through a chat app. Their names are plain and discreet.
   */
  singleDeck: (locale: string): string => `downloads/presentation-${locale}.html`,
  singleReader: (locale: string): string => `downloads/working-abroad-${locale}.html`,
  /** The whole site as one zip (written by scripts/release.ts after the build). */
  offlineZip: (): string => `downloads/${KIT_BASENAME}-offline.zip`,
  /** reveal.js and its speaker-view plugin, copied from node_modules as classic scripts. */
  vendorScript: (name: 'reveal.js' | 'reveal-notes.js'): string => `vendor/${name}`,
  /** Whether the page at this path is a file that opens alone (it links only within itself). */
  opensAlone: (path: string): boolean => /^downloads\/[^/]+\.html$/.test(path),
};

/**
 * The same page in another language: every page of a locale lives under `<locale>/`, with the
 * same file names in every locale (`en/definition.html` → `ru/definition.html`).
 */
export function inLocale(pagePath: string, from: string, to: string): string {
  if (!pagePath.startsWith(`${from}/`)) throw new Error(`"${pagePath}" is not a page of locale "${from}"`);
  return `${to}/${pagePath.slice(from.length + 1)}`;
}
