/**
 * The glossary for trainers: the terms the exercises and the treaty tables rely on, in the order
 * a session meets them. Every locale's glossary explains each of them once.
 */
import { ContentError } from './content-error';

export const GLOSSARY_TERMS = [
  'trafficking',
  'smuggling',
  'debt-bondage',
  'forced-labour',
  'signature',
  'ratification',
  'accession',
  'entry-into-force',
  'irregular-migration',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** Each term once, in the order of GLOSSARY_TERMS; a glossary that misses one names it. */
export function checkGlossaryTerms(terms: readonly GlossaryTerm[], file: string): void {
  GLOSSARY_TERMS.forEach((term, index) => {
    if (terms[index] !== term) {
      const problem = terms.includes(term) ? `"${term}" must come at place ${index + 1}: ${GLOSSARY_TERMS.join(', ')}` : `"${term}" is missing`;
      throw new ContentError(file, `terms.${index}.term`, problem);
    }
  });
  if (terms.length > GLOSSARY_TERMS.length)
    throw new ContentError(file, `terms.${GLOSSARY_TERMS.length}.term`, `"${terms[GLOSSARY_TERMS.length]}" is listed twice`);
}
