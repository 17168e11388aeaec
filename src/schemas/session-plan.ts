import { z } from 'astro/zod';
import { DECK_NAMES } from '../lib/routes';
import { SEED_SLIDE_COUNT } from '../lib/seed-slides';

/**
 * One step of the trainers' session plan: `content/session-plan/<locale>/NN-slug.mdx`. The body
 * says what to do and which questions to ask; the frontmatter says how long it takes, and which
 * slides and exercises it uses, so the page can link to them and add up the time.
 */
export const sessionStepSchema = z.strictObject({
  title: z.string().min(1),
  order: z.number().int().min(1),
  minutes: z.number().int().min(1),
  /** Seed slides shown in this step. */
  seedSlides: z.array(z.number().int().min(1).max(SEED_SLIDE_COUNT)).default([]),
  /** Exercises used in this step, by their `order`. */
  scenarios: z.array(z.number().int().min(1)).default([]),
  /** The deck to open for this step. */
  deck: z.enum(DECK_NAMES, { error: `must be one of: ${DECK_NAMES.join(', ')}` }).optional(),
  reviewed: z.boolean().optional(),
});
