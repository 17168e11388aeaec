/**
 * Where each content collection's files live, which file names it takes, and the schema of its
 * frontmatter or data: the one description that src/content.config.ts loads with Astro's glob
 * loader and that the kit's own content check (src/lib/content-check.ts) reads files with.
 */
import type { z } from 'astro/zod';
import { TOPICS, type Topic } from '../lib/topics';
import { coverSchema, dataSlideSchema, explainerSchema, pageSchema, slideSchema } from './slide';
import { instrumentSchema } from './instrument';
import { victimsAssistedSchema } from './victims';
import { countryContactsSchema } from './contact';
import { scenarioSchema } from './scenario';
import { glossarySchema } from './glossary';
import { sessionStepSchema } from './session-plan';
import { sourceNamesSchema } from './sources';
import { beforeYouGoSchema, inShortSchema, jobOfferSchema, whatToDoSchema } from './guide';
import { settingsSchema } from './settings';

export interface CollectionFiles<S extends z.ZodType = z.ZodType> {
  /** The folder under content/. */
  folder: string;
  /** The files it takes, as a glob from its folder. */
  pattern: string;
  schema: S;
}

/** `<locale>/NN-slug.<extension>`: entries placed in order by their file names. */
function numbered<S extends z.ZodType>(folder: string, schema: S, extension: 'md' | 'mdx' = 'mdx'): CollectionFiles<S> {
  return { folder, pattern: `*/[0-9][0-9]-*.${extension}`, schema };
}

/** One collection per topic of the presentation: `content/<topic>/<locale>/NN-slug.mdx`. */
const topicCollections = Object.fromEntries(TOPICS.map((topic) => [topic, numbered(topic, slideSchema)])) as Record<Topic, CollectionFiles<typeof slideSchema>>;

export const COLLECTION_FILES = {
  ...topicCollections,
  /** The seed's title slide, per locale. */
  cover: { folder: 'cover', pattern: '*/*.mdx', schema: coverSchema },
  /** The seed's three treaty tables, one file per instrument (language-neutral data). */
  instruments: { folder: 'instruments', pattern: '*.yaml', schema: instrumentSchema },
  /** The seed's table of victims assisted by IOM (language-neutral data). */
  victimsAssisted: { folder: 'victims-assisted', pattern: '*.yaml', schema: victimsAssistedSchema },
  /** The speaker notes of the seed's data slides (13 to 16), per locale. */
  dataSlides: numbered('data-slides', dataSlideSchema),
  /** Help lines per country, from public sources (language-neutral data). */
  contacts: { folder: 'contacts', pattern: '*.yaml', schema: countryContactsSchema },
  /**
   * Pages of our own text: the home page's introduction, the About page… Plain Markdown (`.md`)
   * where a page uses no component: the content layer renders it once and caches it, while each
   * MDX file is a module that every build compiles and bundles again. A page that needs a
   * component (or, in the reader edition, its headings moved down a level) is `.mdx`.
   */
  pages: { folder: 'pages', pattern: '*/*.{md,mdx}', schema: pageSchema },
  /** Plain-language context shown after a topic's slides (the definition in law). */
  explainers: { folder: 'explainers', pattern: '*/*.mdx', schema: explainerSchema },
  /** "Is this trafficking?" exercises: a story and its answer, per locale. */
  scenarios: numbered('scenarios', scenarioSchema),
  /** The trainers' session plan, a step per file, per locale. */
  sessionPlan: numbered('session-plan', sessionStepSchema, 'md'),
  /** The glossary of terms a trainer must explain, per locale. */
  glossary: { folder: 'glossary', pattern: '*/glossary.yaml', schema: glossarySchema },
  /** The name of every source the kit names, per locale, by key. */
  sources: { folder: 'sources', pattern: '*/sources.yaml', schema: sourceNamesSchema },
  /** The migrant's guide: what to do if it happens, the job-offer check, before you go, and the shortest version. */
  whatToDo: { folder: 'what-to-do', pattern: '*/what-to-do.yaml', schema: whatToDoSchema },
  jobOffer: { folder: 'job-offer', pattern: '*/job-offer.yaml', schema: jobOfferSchema },
  beforeYouGo: { folder: 'before-you-go', pattern: '*/before-you-go.yaml', schema: beforeYouGoSchema },
  inShort: { folder: 'in-short', pattern: '*/in-short.yaml', schema: inShortSchema },
  /** The settings of the organisation that hands out the kit (language-neutral). */
  settings: { folder: 'settings', pattern: 'kit.yaml', schema: settingsSchema },
} satisfies Record<string, CollectionFiles>;

export type CollectionName = keyof typeof COLLECTION_FILES;
