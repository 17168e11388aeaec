import type { Topic } from './topics';

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
};
