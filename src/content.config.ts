import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { TOPICS, type Topic } from './lib/topics';
import { coverSchema, dataSlideSchema, explainerSchema, pageSchema, slideSchema } from './schemas/slide';
import { instrumentSchema } from './schemas/instrument';
import { victimsAssistedSchema } from './schemas/victims';
import { countryContactsSchema } from './schemas/contact';
import { scenarioSchema } from './schemas/scenario';
import { glossarySchema } from './schemas/glossary';
import { sessionStepSchema } from './schemas/session-plan';

/** `content/<folder>/<locale>/NN-slug.<extension>`: entries placed in order by their file names. */
function numberedFiles(folder: string, extension: 'md' | 'mdx' = 'mdx') {
  return glob({ base: `./content/${folder}`, pattern: `*/[0-9][0-9]-*.${extension}` });
}

/** One collection per topic of the presentation: `content/<topic>/<locale>/NN-slug.mdx`. */
function topicCollection(topic: Topic) {
  return defineCollection({
    loader: numberedFiles(topic),
    schema: slideSchema,
  });
}

const topicCollections = Object.fromEntries(TOPICS.map((topic) => [topic, topicCollection(topic)])) as Record<
  Topic,
  ReturnType<typeof topicCollection>
>;

export const collections = {
  ...topicCollections,
  /** The seed's title slide, per locale. */
  cover: defineCollection({
    loader: glob({ base: './content/cover', pattern: '*/*.mdx' }),
    schema: coverSchema,
  }),
  /** The seed's three treaty tables, one file per instrument (language-neutral data). */
  instruments: defineCollection({
    loader: glob({ base: './content/instruments', pattern: '*.yaml' }),
    schema: instrumentSchema,
  }),
  /** The seed's table of victims assisted by IOM (language-neutral data). */
  victimsAssisted: defineCollection({
    loader: glob({ base: './content/victims-assisted', pattern: '*.yaml' }),
    schema: victimsAssistedSchema,
  }),
  /** The speaker notes of the seed's data slides (13 to 16), per locale. */
  dataSlides: defineCollection({
    loader: numberedFiles('data-slides'),
    schema: dataSlideSchema,
  }),
  /** Help lines per country, from public sources (language-neutral data). */
  contacts: defineCollection({
    loader: glob({ base: './content/contacts', pattern: '*.yaml' }),
    schema: countryContactsSchema,
  }),
  /**
   * Pages of our own text: the home page's introduction, the About page… Plain Markdown (`.md`)
   * where a page uses no component: the content layer renders it once and caches it, while each
   * MDX file is a module that every build compiles and bundles again. A page that needs a
   * component (or, in the reader edition, its headings moved down a level) is `.mdx`.
   */
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*/*.{md,mdx}' }),
    schema: pageSchema,
  }),
  /** Plain-language context shown after a topic's slides (the definition in law). */
  explainers: defineCollection({
    loader: glob({ base: './content/explainers', pattern: '*/*.mdx' }),
    schema: explainerSchema,
  }),
  /** "Is this trafficking?" exercises: a story and its answer, per locale. */
  scenarios: defineCollection({
    loader: numberedFiles('scenarios'),
    schema: scenarioSchema,
  }),
  /** The trainers' session plan, a step per file, per locale. */
  sessionPlan: defineCollection({
    loader: numberedFiles('session-plan', 'md'),
    schema: sessionStepSchema,
  }),
  /** The glossary of terms a trainer must explain, per locale. */
  glossary: defineCollection({
    loader: glob({ base: './content/glossary', pattern: '*/glossary.yaml' }),
    schema: glossarySchema,
  }),
};
