/**
 * The kit's own check of a content file, as an editor wrote it: which collection it belongs to,
 * and what its frontmatter (or YAML data) gets wrong against that collection's schema, each fault
 * with its field. Pure: it takes the file's path and text. The build reads Astro's own report of
 * the same schemas; this lets a test (or a check before the build) name every fault at once.
 */
import yaml from 'js-yaml';
import { COLLECTION_FILES, type CollectionName } from '../schemas/collections';

export interface ContentFault {
  /** The file, from the project's root (`content/…`). */
  file: string;
  /** The field, as a dotted path (`parties.1.ratification`), or what is wrong in the file as a whole (`file`). */
  field: string;
  problem: string;
}

/** The collection a file of content/ belongs to, by its folder. */
export function collectionOf(file: string): CollectionName | undefined {
  const folder = /^content\/([^/]+)\//.exec(file)?.[1];
  return (Object.keys(COLLECTION_FILES) as CollectionName[]).find((name) => COLLECTION_FILES[name].folder === folder);
}

/** The data a file holds: a YAML file's document, or a Markdown or MDX file's frontmatter. */
export function readData(file: string, text: string): unknown {
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return yaml.load(text);
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return frontmatter ? (yaml.load(frontmatter[1]!) ?? {}) : {};
}

/** Every fault of one file's data against its collection's schema. */
export function schemaFaults(file: string, text: string): ContentFault[] {
  const collection = collectionOf(file);
  if (!collection) return [{ file, field: 'file', problem: 'is not in a folder of any content collection' }];
  let data: unknown;
  try {
    data = readData(file, text);
  } catch (error) {
    return [{ file, field: 'file', problem: `does not parse: ${error instanceof Error ? error.message : String(error)}` }];
  }
  const result = COLLECTION_FILES[collection].schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    field: issue.path.length > 0 ? issue.path.join('.') : 'file',
    problem: issue.code === 'unrecognized_keys' ? `${issue.message}: ${issue.keys.join(', ')}` : issue.message,
  }));
}

/** A fault as the build prints it: `file: field: problem`. */
export const formatFault = ({ file, field, problem }: ContentFault): string => `${file}: ${field}: ${problem}`;
