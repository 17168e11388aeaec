/**
 * A slide entry's id is its path inside its topic folder without the extension:
 * `en/01-working-definition` for `content/definition/en/01-working-definition.mdx`.
 * The folder is the locale; the two digits are the entry's place in its topic; the rest is the
 * slug that becomes the `id` of its section on the topic page.
 */
export interface SlideEntryName {
  locale: string;
  position: number;
  slug: string;
}

const SLIDE_ENTRY_ID = /^([a-z]{2,3}(?:-[a-z0-9]+)?)\/(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Reads an entry id; returns `undefined` when it is not `<locale>/NN-slug`. */
export function parseSlideEntryId(id: string): SlideEntryName | undefined {
  const match = SLIDE_ENTRY_ID.exec(id);
  if (!match) return undefined;
  const [, locale, position, slug] = match as unknown as [string, string, string, string];
  return { locale, position: Number(position), slug };
}

/** Reads the locale of a locale-folder entry id (`en/about` → `en`). */
export function localeOfEntryId(id: string): string {
  const slash = id.indexOf('/');
  return slash === -1 ? '' : id.slice(0, slash);
}
