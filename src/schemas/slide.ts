import { z } from 'astro/zod';
import { TOPICS } from '../lib/topics';

/** In a translation: whether a native speaker has reviewed it. The source language leaves it out. */
const reviewed = z.boolean().optional();

/** A number the slide states, with the time it describes (the seed is c. 2004). */
export const slideFigureSchema = z.strictObject({
  /** The figure as the slide words it, for example "4 million". */
  value: z.string().min(1),
  /** The time the figure describes, for example "c. 2004". */
  describes: z.string().min(1),
});

/** Frontmatter of one slide of the seed in a topic collection. */
export const slideSchema = z.strictObject({
  /** The slide's heading, as the seed words it. */
  title: z.string().min(1),
  /** The slide's place in the seed, 1 to 16; the full deck follows this order. */
  seedSlide: z.number().int().min(1).max(16),
  /** The slide's place in its topic; it must match the two digits of its file name. */
  order: z.number().int().min(1),
  /** The heading the seed prints above the slide's title ("Counter Trafficking"), if any. */
  runningHead: z.string().min(1).optional(),
  /** Figures the slide states, so the page can give their source and year. */
  figures: z.array(slideFigureSchema).default([]),
  /** In a deck, show the slide's list items one at a time. */
  fragments: z.boolean().default(false),
  /**
   * The slide describes a danger: its section on the page ends with where help is, and with the
   * parts of "If it is happening to you" (content/what-to-do/) that these ids name.
   */
  nextSteps: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).optional(),
  reviewed,
});

/**
 * A data slide of the seed (its treaty and victims tables): the table lives in the
 * language-neutral data collections; this entry, one per locale, carries the speaker notes.
 */
export const dataSlideSchema = z.strictObject({
  seedSlide: z.number().int().min(1).max(16),
  reviewed,
});

/** Frontmatter of the seed's title slide. */
export const coverSchema = z.strictObject({
  seedSlide: z.literal(1),
  organization: z.string().min(1),
  tagline: z.string().min(1),
  title: z.string().min(1),
  reviewed,
});

/** Frontmatter of a page of our own text (home, about) or an explainer beside a topic. */
export const pageSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  reviewed,
});

export const explainerSchema = z.strictObject({
  title: z.string().min(1),
  /** The topic page this explainer is shown on, after the seed's slides. */
  topic: z.enum(TOPICS),
  reviewed,
});
