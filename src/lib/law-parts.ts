/**
 * The parts of the definition's explainer (`<LawPart id>` in content/explainers/) that the
 * exercises deck shows: the law each case is checked against (the Protocol's words; act, means
 * and purpose; consent; children; smuggling), without the definition deck's introduction.
 */
export const EXERCISE_LAW_PARTS: readonly string[] = ['words', 'parts', 'consent', 'children', 'smuggling'];

/** Every part of the explainer (`<LawPart id>`), each with its question to the room in the dictionaries (`deck.lawAsk.<id>`). */
export const LAW_PARTS = ['intro', 'plain', 'words', 'parts', 'consent', 'children', 'smuggling'] as const;
export type LawPartId = (typeof LAW_PARTS)[number];

export function lawPartId(id: string): LawPartId {
  if (!(LAW_PARTS as readonly string[]).includes(id))
    throw new Error(
      `content/explainers/: <LawPart id="${id}"> is not a part the decks know: add it to LAW_PARTS (src/lib/law-parts.ts) with its question to the room (deck.lawAsk.${id} in src/i18n/)`,
    );
  return id as LawPartId;
}
