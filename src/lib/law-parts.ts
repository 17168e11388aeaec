/**
 * The parts of the definition's explainer (`<LawPart id>` in content/explainers/) that the
 * exercises deck shows: the law each case is checked against (the Protocol's words; act, means
 * and purpose; consent; children; smuggling), without the definition deck's introduction.
 */
export const EXERCISE_LAW_PARTS: readonly string[] = ['words', 'parts', 'consent', 'children', 'smuggling'];
