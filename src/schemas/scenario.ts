import { z } from 'astro/zod';
import { BARRIERS, DEFINITION_ELEMENTS, PLACES, VERDICTS, caseProblems } from '../lib/scenarios';

const oneOf = (values: readonly string[]) => ({ error: `must be one of: ${values.join(', ')}` });

/** One part of the Protocol's definition in a case: there or not, and what in the story shows it. */
const protocolPartSchema = z.strictObject({
  present: z.boolean(),
  why: z.string().min(1),
});

/**
 * An "Is this trafficking?" exercise: `content/scenarios/<locale>/NN-slug.mdx`. The body is the
 * story (about 80 to 150 words) and the `<Notes>` on running the discussion; the frontmatter is
 * the answer, tied to IOM's working definition (seed slides 2–4) and the Protocol's Act, Means
 * and Purpose (../shared/facts/sources.md §1). The verdict must follow from the reasoning.
 */
export const scenarioSchema = z
  .strictObject({
    /** A short name for the case, without the answer in it. */
    title: z.string().min(1),
    /** Its place among the exercises; it must match the two digits of its file name. */
    order: z.number().int().min(1),
    verdict: z.enum(VERDICTS, oneOf(VERDICTS)),
    /** The person is under 18: by the Protocol, no means are needed. */
    child: z.boolean().default(false),
    /** The places of seed slide 5 the story is set in. */
    foundIn: z.array(z.enum(PLACES, oneOf(PLACES))).default([]),
    /** The barriers of seed slide 7 the story shows. */
    preventedBy: z.array(z.enum(BARRIERS, oneOf(BARRIERS))).default([]),
    /** The elements of IOM's working definition that are present in the story. */
    elements: z.array(z.enum(DEFINITION_ELEMENTS, oneOf(DEFINITION_ELEMENTS))).min(1),
    protocol: z.strictObject({ act: protocolPartSchema, means: protocolPartSchema, purpose: protocolPartSchema }),
    /** The answer in a few sentences: why the verdict follows. */
    reasoning: z.string().min(1),
    reviewed: z.boolean().optional(),
  })
  .superRefine((scenario, ctx) => {
    for (const { field, problem } of caseProblems(scenario)) ctx.addIssue({ code: 'custom', path: [field], message: problem });
  });
