import { z } from 'astro/zod';
import { COUNTRIES } from '../lib/countries';
import { SEED_SLIDE_COUNT } from '../lib/seed-slides';
import { publishedSchema } from './contact';
import { sourceKeySchema } from './sources';

/**
 * Where a fact on the migrant's guide comes from: a slide of the seed, or a source of
 * ../shared/facts/sources.md (a key of content/sources/<locale>/sources.yaml) with the date
 * that source gives (`undated` where it gives none). Pages name each source beside the fact.
 */
export const citationSchema = z.union(
  [
    z.strictObject({ seedSlide: z.number().int().min(1).max(SEED_SLIDE_COUNT) }),
    z.strictObject({ source: sourceKeySchema('where does this come from?'), published: publishedSchema }),
  ],
  { error: 'must be { seedSlide: N } or { source: <key>, published: <date or undated> }' },
);

const citations = z.array(citationSchema);
/** A line of the guide: its words, and its sources. A line without sources is our own advice and states no fact. */
const lineSchema = z.strictObject({ text: z.string().min(1), from: citations.optional() });
const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' });
const reviewed = z.boolean().optional();

/** `content/what-to-do/<locale>/what-to-do.yaml`: "If it is happening to you", part by part. */
export const whatToDoSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  intro: z.string().min(1),
  parts: z
    .array(
      z.strictObject({
        id: idSchema,
        title: z.string().min(1),
        /** What it is, in plain words (the seed's own words where they fit). */
        what: z.string().min(1),
        whatFrom: citations,
        /** What you can do now. */
        steps: z.array(lineSchema).min(1),
        /** What to keep. */
        keep: z.array(lineSchema).default([]),
        /** The law, only where ../shared/facts/sources.md §7 gives it. */
        law: z
          .array(
            z.strictObject({
              text: z.string().min(1),
              /** The law's own words: a quotation, or (`quoteIsRendering`) a rendering of the English text. */
              quote: z.string().min(1).optional(),
              quoteIsRendering: z.boolean().optional(),
              from: citations.min(1),
            }),
          )
          .default([]),
      }),
    )
    .min(1),
  reviewed,
});

/** `content/job-offer/<locale>/job-offer.yaml`: the signs of a job offer, as tick boxes, each answered in advance. */
export const jobOfferSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  intro: z.string().min(1),
  signs: z.array(z.strictObject({ id: idSchema, label: z.string().min(1), means: z.string().min(1), from: citations.min(1) })).min(1),
  /** What the page says while nothing is ticked, and once anything is: there is no score. */
  noneTicked: z.string().min(1),
  anyTicked: z.string().min(1),
  anyTickedFrom: citations.min(1),
  steps: z.array(lineSchema).min(1),
  reviewed,
});

/** `content/before-you-go/<locale>/before-you-go.yaml`: what to arrange before leaving, and a card to fill in by hand. */
export const beforeYouGoSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  intro: z.string().min(1),
  items: z.array(z.strictObject({ id: idSchema, text: z.string().min(1), from: citations.min(1) })).min(1),
  /** What the sources say about agencies in a home country (only what they say). */
  countries: z.array(z.strictObject({ country: z.enum(COUNTRIES), text: z.string().min(1), from: citations.optional() })),
  /** The card: a heading that says nothing about what it is for, and the lines to write on. */
  card: z.strictObject({ heading: z.string().min(1), lines: z.array(z.string().min(1)).min(1), note: z.string().min(1) }),
  reviewed,
});

/** `content/in-short/<locale>/in-short.yaml`: the one-screen version's signs and steps. */
export const inShortSchema = z.strictObject({
  title: z.string().min(1),
  signs: z.array(lineSchema).min(1),
  do: z.array(lineSchema).min(1),
  reviewed,
});

export type Citation = z.infer<typeof citationSchema>;
