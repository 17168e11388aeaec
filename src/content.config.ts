import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTION_FILES, type CollectionFiles } from './schemas/collections';
import type { slideSchema } from './schemas/slide';
import { TOPICS, type Topic } from './lib/topics';

/** A collection of src/schemas/collections.ts: its files in `content/<folder>/`, with its schema. */
function load<S extends z.ZodType>({ folder, pattern, schema }: CollectionFiles<S>) {
  return defineCollection({ loader: glob({ base: `./content/${folder}`, pattern }), schema });
}

const topics = Object.fromEntries(TOPICS.map((topic) => [topic, load(COLLECTION_FILES[topic])])) as Record<Topic, ReturnType<typeof load<typeof slideSchema>>>;

export const collections = {
  ...topics,
  cover: load(COLLECTION_FILES.cover),
  instruments: load(COLLECTION_FILES.instruments),
  victimsAssisted: load(COLLECTION_FILES.victimsAssisted),
  dataSlides: load(COLLECTION_FILES.dataSlides),
  contacts: load(COLLECTION_FILES.contacts),
  pages: load(COLLECTION_FILES.pages),
  explainers: load(COLLECTION_FILES.explainers),
  scenarios: load(COLLECTION_FILES.scenarios),
  sessionPlan: load(COLLECTION_FILES.sessionPlan),
  glossary: load(COLLECTION_FILES.glossary),
  sources: load(COLLECTION_FILES.sources),
  whatToDo: load(COLLECTION_FILES.whatToDo),
  jobOffer: load(COLLECTION_FILES.jobOffer),
  beforeYouGo: load(COLLECTION_FILES.beforeYouGo),
  inShort: load(COLLECTION_FILES.inShort),
  settings: load(COLLECTION_FILES.settings),
};
