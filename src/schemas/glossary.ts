import { z } from 'astro/zod';
import { GLOSSARY_TERMS } from '../lib/glossary';
import { SEED_SLIDE_COUNT } from '../lib/seed-slides';

/**
 * Words quoted exactly from the seed (`seedSlide`) or from a line of the kit's facts file
 * (`facts`: its section; `source`: what that line cites). "…" marks words left out.
 */
const glossaryQuoteSchema = z
  .strictObject({
    says: z.string().min(1),
    seedSlide: z.number().int().min(1).max(SEED_SLIDE_COUNT).optional(),
    facts: z.number().int().min(1).max(5).optional(),
    source: z.string().min(1).optional(),
    /** Our one-line reading of a quote that is hard to read alone (a row of a table). */
    gloss: z.string().min(1).optional(),
  })
  .superRefine((quote, ctx) => {
    if ((quote.seedSlide === undefined) === (quote.facts === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['seedSlide'], message: 'give exactly one of seedSlide (the seed) or facts (a section of the facts file)' });
    }
    if (quote.facts !== undefined && quote.source === undefined) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'is required with facts: name what the line of the facts file cites' });
    }
  });

const glossaryEntrySchema = z.strictObject({
  term: z.enum(GLOSSARY_TERMS, { error: `must be one of: ${GLOSSARY_TERMS.join(', ')}` }),
  /** The term as the page heads it. */
  word: z.string().min(1),
  /** Our explanation in plain words: it states no fact. */
  plain: z.string().min(1),
  quotes: z.array(glossaryQuoteSchema).min(1),
});

/** `content/glossary/<locale>/glossary.yaml`: every term of GLOSSARY_TERMS, in that order. */
export const glossarySchema = z.strictObject({
  terms: z.array(glossaryEntrySchema),
  reviewed: z.boolean().optional(),
});
