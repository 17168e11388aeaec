import { z } from 'astro/zod';

const SOURCE_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A source the kit names: a key of content/sources/<locale>/sources.yaml, which names it in each language. */
export const sourceKeySchema = (question: string) =>
  z.string({ error: `is required: ${question} (a key of content/sources/<locale>/sources.yaml)` }).regex(SOURCE_KEY, {
    error: 'must be a key of content/sources/<locale>/sources.yaml, like "asia-plus"',
  });

const namesByKey = z.record(z.string().regex(SOURCE_KEY, { error: 'a source key is lower-case words joined by hyphens' }), z.string().min(1));

/**
 * `content/sources/<locale>/sources.yaml`: the name of each source, in one language; and, for
 * the shortest version (one chat message), a short name where the full one is long.
 */
export const sourceNamesSchema = z.strictObject({
  names: namesByKey,
  short: namesByKey.default({}),
  reviewed: z.boolean().optional(),
});
