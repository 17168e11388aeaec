/**
 * Uzbek in both its scripts from one source: the Latin text (`content/<collection>/uz/`,
 * `src/i18n/uz.ts`) is written by hand, and the Cyrillic edition (`content/<collection>/uz-cyrl/`,
 * `src/i18n/uz-cyrl.ts`) is made from it by src/lib/uzbek-cyrillic.ts at the start of every build,
 * check and dev server (astro.config.mjs), so the two never drift. The made files are not in git
 * (.gitignore): edit the Latin ones.
 *
 * Only the reader's words are converted: markup, component names and their attributes, `{…}`
 * expressions, code, link targets, and the fields that name things for the build (ids, sources,
 * dates, countries, the kinds of a case) are copied as they are.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import { uzbekCyrillic } from '../../src/lib/uzbek-cyrillic.ts';

export const LATIN_FOLDER = 'uz';
export const CYRILLIC_FOLDER = 'uz-cyrl';

/** The fields of content whose values name things for the build, never words for the reader. */
const NAMING_FIELDS = new Set([
  'id',
  'source',
  'published',
  'confirmed',
  'country',
  'nextSteps',
  'topic',
  'verdict',
  'foundIn',
  'preventedBy',
  'elements',
  'kind',
  'says',
]);

/** The dictionary's entries that are not words: tags, directions, patterns for the build. */
const DICTIONARY_VALUES_KEPT = new Set([
  'intlLocale',
  'langTag',
  'dir',
  'quoteOpen',
  'quoteClose',
  'chartMonth',
  'kitSets',
  'homeCountry',
  'presentationTitle',
]);

/** The Cyrillic edition's own dictionary values: its name, its tags. */
const CYRILLIC_DICTIONARY: Record<string, string> = { languageName: 'Ўзбекча', intlLocale: 'uz-Cyrl', langTag: 'uz-Cyrl' };

/** Every string of parsed YAML converted, but those of NAMING_FIELDS (and their lists). */
function convertData(value: unknown, field = ''): unknown {
  if (typeof value === 'string') return NAMING_FIELDS.has(field) ? value : uzbekCyrillic(value);
  if (Array.isArray(value)) return value.map((item) => convertData(item, field));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convertData(item, key)]));
  return value;
}

const dumpYaml = (data: unknown): string => yaml.dump(data, { lineWidth: -1, quotingType: '"' });

/**
 * Markdown and MDX text converted between the spans that are not words: tags with their
 * attributes, `{…}` expressions, inline code and fences, and link targets.
 */
const PROTECTED = /```[\s\S]*?```|`[^`\n]*`|<[^>]*>|\{[^}\n]*\}|\]\([^)\n]*\)/g;

export function convertMarkdown(body: string): string {
  let out = '';
  let from = 0;
  for (const match of body.matchAll(PROTECTED)) {
    out += uzbekCyrillic(body.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return out + uzbekCyrillic(body.slice(from));
}

/** A content file of the Latin edition, as the Cyrillic edition's. */
export function convertContentFile(name: string, text: string): string {
  if (name.endsWith('.yaml')) return dumpYaml(convertData(yaml.load(text)));
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!front) return convertMarkdown(text);
  return `---\n${dumpYaml(convertData(yaml.load(front[1]!))).trimEnd()}\n---\n${convertMarkdown(text.slice(front[0].length))}`;
}

/** The Latin dictionary's strings, as the source of the Cyrillic one (`export const uzCyrl: UiStrings`). */
export function convertDictionary(strings: Readonly<Record<string, string>>): string {
  const lines = Object.entries(strings).map(([key, value]) => {
    const converted = CYRILLIC_DICTIONARY[key] ?? (DICTIONARY_VALUES_KEPT.has(key) ? value : uzbekCyrillic(value));
    return `  ${JSON.stringify(key)}: ${JSON.stringify(converted)},`;
  });
  return [
    '// Made from uz.ts by scripts/lib/uzbek-cyrillic-files.ts at every build: edit uz.ts, not this file.',
    "import type { UiStrings } from './en';",
    '',
    'export const uzCyrl: UiStrings = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

/** Writes the Cyrillic edition from the Latin one, in `root`; none when there is no Latin edition. */
export function writeUzbekCyrillic(root: string): void {
  const latinDictionary = join(root, 'src', 'i18n', `${LATIN_FOLDER}.ts`);
  const cyrillicDictionary = join(root, 'src', 'i18n', `${CYRILLIC_FOLDER}.ts`);
  const content = join(root, 'content');
  for (const collection of readdirSync(content)) rmSync(join(content, collection, CYRILLIC_FOLDER), { recursive: true, force: true });
  rmSync(cyrillicDictionary, { force: true });
  if (!existsSync(latinDictionary)) return;
  // Read by Node itself (its type stripping, and require of an ES module): astro.config.mjs runs
  // this from Vite's module runner, whose import() is closed by the time the hook runs.
  const { uz } = createRequire(import.meta.url)(latinDictionary) as { uz: Record<string, string> };
  writeFileSync(cyrillicDictionary, convertDictionary(uz));
  for (const collection of readdirSync(content)) {
    const latin = join(content, collection, LATIN_FOLDER);
    if (!existsSync(latin)) continue;
    const cyrillic = join(content, collection, CYRILLIC_FOLDER);
    mkdirSync(cyrillic, { recursive: true });
    for (const name of readdirSync(latin)) writeFileSync(join(cyrillic, name), convertContentFile(name, readFileSync(join(latin, name), 'utf8')));
  }
}
