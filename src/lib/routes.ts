import { TOPICS, type Topic } from './topics.ts';
import { KIT_BASENAME } from './kit.ts';

/** The decks: the whole presentation, one per topic, the exercises, and the session plan's. */
export const DECK_NAMES = ['full', ...TOPICS, 'exercises', 'session'] as const;
export type DeckName = (typeof DECK_NAMES)[number];

/**
 * The file name of each topic's page (and deck). File names show in a browser's history and in a
 * chat app's preview, so they say nothing of what the pages are about: a reader whose phone is
 * checked must not be put at risk by them. The topic collections keep their own names.
 */
export const TOPIC_FILES: Record<Topic, string> = {
  definition: 'basics',
  'where-found': 'work',
  'escape-barriers': 'problems',
  'attracts-traffickers': 'why',
  'iom-contributions': 'support',
};

/** The PDFs of each language, by the name their files start with. */
export const PDF_KINDS = ['seminar-slides', 'seminar-handout', 'exercise-cards', 'short-card'] as const;
export type PdfKind = (typeof PDF_KINDS)[number];

const deckFile = (deck: DeckName): string => (deck === 'full' || deck === 'exercises' || deck === 'session' ? deck : TOPIC_FILES[deck]);

/**
 * Where each page of the site lives, as a path from the site's root. Pages pass these to
 * `Astro.locals.href` (./page-context.ts) to link to each other; nothing else spells a page's
 * file name. Every name is neutral (see TOPIC_FILES).
 */
export const routes = {
  languages: (): string => 'index.html',
  home: (locale: string): string => `${locale}/index.html`,
  topic: (locale: string, topic: Topic): string => `${locale}/${TOPIC_FILES[topic]}.html`,
  /** The migrant's guide. */
  whatToDo: (locale: string): string => `${locale}/what-to-do.html`,
  jobOffer: (locale: string): string => `${locale}/job-offer.html`,
  beforeYouGo: (locale: string): string => `${locale}/before-you-go.html`,
  help: (locale: string): string => `${locale}/contacts.html`,
  browseSafely: (locale: string): string => `${locale}/privacy.html`,
  about: (locale: string): string => `${locale}/about.html`,
  /** The trainer's set. */
  trainers: (locale: string): string => `${locale}/trainers.html`,
  instruments: (locale: string): string => `${locale}/agreements.html`,
  exercises: (locale: string): string => `${locale}/exercises.html`,
  sessionPlan: (locale: string): string => `${locale}/session-plan.html`,
  glossary: (locale: string): string => `${locale}/glossary.html`,
  deck: (locale: string, deck: DeckName): string => `${locale}/present/${deckFile(deck)}.html`,
  /**
   * The kit's neutral page, where quick exit goes when there is no web host (from disk): an
   * ordinary page in the reader's language; the language chooser's is at the root.
   */
  neutral: (locale?: string): string => (locale ? `${locale}/notes.html` : 'notes.html'),
  /**
   * Files that open alone, with everything inlined and no link to another file, for sending
   * through a chat app. Their names are plain and discreet.
   */
  singleDeck: (locale: string): string => `downloads/presentation-${locale}.html`,
  singleReader: (locale: string): string => `downloads/working-abroad-${locale}.html`,
  /** The one-screen version, and the same as one chat message of plain text. */
  short: (locale: string): string => `downloads/short-${locale}.html`,
  shortText: (locale: string): string => `downloads/short-${locale}.txt`,
  /**
   * The A4 PDFs, printed by Chromium from the built site at the end of the build
   * (scripts/print-kit.ts): the session deck's slides and its handout, the exercise cards with
   * their answer key, and the one-screen card.
   */
  pdf: (locale: string, kind: PdfKind): string => `downloads/${kind}-${locale}.pdf`,
  /** The whole site as one zip (written by scripts/release.ts after the build). */
  offlineZip: (): string => `downloads/${KIT_BASENAME}-offline.zip`,
  /** reveal.js and its speaker-view plugin, copied from node_modules as classic scripts. */
  vendorScript: (name: 'reveal.js' | 'reveal-notes.js'): string => `vendor/${name}`,
  /**
   * The reader's set (DEVELOPERS.md): the pages written for the person at risk (the home page, the
   * topics, the guide, help, browse safely, about). The trainer's set is everything else.
   */
  readersSet: (locale: string): string[] => [
    routes.home(locale),
    ...TOPICS.map((topic) => routes.topic(locale, topic)),
    routes.whatToDo(locale),
    routes.jobOffer(locale),
    routes.beforeYouGo(locale),
    routes.help(locale),
    routes.browseSafely(locale),
    routes.about(locale),
  ],
  /** Whether the page at this path is a file that opens alone (it links only within itself). */
  opensAlone: (path: string): boolean => /^downloads\/[^/]+\.html$/.test(path),
};

/**
 * The same page in another language: every page of a locale lives under `<locale>/`, with the
 * same file names in every locale (`en/basics.html` → `ru/basics.html`).
 */
export function inLocale(pagePath: string, from: string, to: string): string {
  if (!pagePath.startsWith(`${from}/`)) throw new Error(`"${pagePath}" is not a page of locale "${from}"`);
  return `${to}/${pagePath.slice(from.length + 1)}`;
}
