/**
 * The kit's own check of its content, as editors write it, before anything is built from it.
 * Organisations that deploy the kit edit these files, and an edit can be a mistake or made by
 * someone who should not be trusted; what content may do is therefore narrow:
 *
 * - text: no invisible direction or control characters (a number could show one thing and
 *   dial another);
 * - Markdown and MDX, read as syntax trees with Sätteri's own parser (the one the build renders
 *   them with): no element that runs or loads anything (script, style, iframe, object, embed,
 *   meta, link, base, form…), no event-handler or style attribute, no link or source to another
 *   host or with a scheme (`javascript:`, `data:`, `https:`…), no root-relative path (it breaks
 *   from disk); in MDX, no `import` but of the kit's own components, no `export`, and no
 *   `{expression}` (comments aside): component props are literal strings;
 * - data: each file against its collection's schema (src/schemas/collections.ts), each file
 *   taken by its collection (a name outside the pattern, another extension, `.md` beside `.mdx`,
 *   an empty file are all faults), and no date of publication or confirmation later than today.
 *
 * Every function here is pure and returns every fault it finds (file, line where there is one,
 * field, problem), so that one pass names them all. The build runs `checkContent` first
 * (astro.config.mjs) and stops on any fault; src/lib/content-plugin.ts runs the same tree checks
 * inside the renderer as a second line.
 */
import yaml from 'js-yaml';
import picomatch from 'picomatch';
import { parseSync } from 'rolldown/utils';
import { htmlToHast, markdownToMdast, mdxToMdast, type HastNode, type MdastNode } from 'satteri';
import { COLLECTION_FILES, type CollectionName } from '../schemas/collections';

export interface ContentFault {
  /** The file, from the project's root (`content/…`). */
  file: string;
  /** The line in the file, where the fault has one. */
  line?: number | undefined;
  /** The field, as a dotted path (`parties.1.ratification`), or what is wrong in the file as a whole (`file`, `text`, `markup`). */
  field: string;
  problem: string;
}

/** A fault as the build prints it: `file:line: field: problem`. */
export const formatFault = ({ file, line, field, problem }: ContentFault): string => `${file}${line ? `:${line}` : ''}: ${field}: ${problem}`;

/** The parser's settings, as astro.config.mjs gives them to Sätteri. */
export const PARSER_FEATURES = { smartPunctuation: false } as const;

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Characters that change how text shows without showing themselves: direction marks and
 * overrides (a right-to-left override can show one number and dial another), zero-width and
 * invisible formatting characters, and control characters other than tab and line ends.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;

export function textFaults(file: string, text: string): ContentFault[] {
  const faults: ContentFault[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(INVISIBLE)) {
      const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      faults.push({
        file,
        line: index + 1,
        field: 'text',
        problem: `has the invisible character U+${code} at column ${match.index + 1}: remove it (it can make text show one thing and mean another)`,
      });
    }
  });
  return faults;
}

// ---------------------------------------------------------------------------------------------
// Markup

/** The HTML elements content may use: text and its structure, nothing that runs or loads anything. */
const ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  's',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
]);
/** Their attributes: none that runs code, styles the page or names a URL but these two. */
const ATTRIBUTES = new Set([
  'alt',
  'class',
  'colspan',
  'datetime',
  'dir',
  'headers',
  'href',
  'id',
  'lang',
  'open',
  'rowspan',
  'scope',
  'src',
  'title',
  'translate',
]);
const URL_ATTRIBUTES = new Set(['href', 'src']);
/** The kit's own components an MDX entry may use, and the props each takes (literal strings). */
// LawPart: one part of the definition's explainer (content/explainers/), a section of its page and
// one "What the law says" slide of the decks; its id names the slide, the same in every language.
export const CONTENT_COMPONENTS: Record<string, readonly string[]> = { InPlainWords: [], Notes: ['ask'], LawPart: ['id'] };

/**
 * Why a link or a source in content is refused, or undefined when it is one of the kit's own
 * files: content links only to files of the kit (relative paths, `#fragments`); the kit itself
 * makes the `tel:` links of its help lines.
 */
export function urlProblem(url: string): string | undefined {
  const value = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value))
    return `"${value}" has a scheme (${value.split(':')[0]}:): content links only to the kit's own files, by a relative path`;
  if (value.startsWith('//')) return `"${value}" leads to another host: content links only to the kit's own files`;
  if (value.startsWith('/')) return `"${value}" starts at the root, which is the root of the disk when the kit is opened from a file: use a relative path`;
  if (/[\\\s]/.test(value)) return `"${value}" has a space or a backslash: write the path with /`;
  return undefined;
}

interface Located {
  position?: { start: { line: number } } | undefined;
}
const lineOf = (node: Located | undefined): number | undefined => node?.position?.start.line;

/** Faults of one HTML element (from raw HTML in Markdown, or a lower-case JSX element in MDX). */
function elementFaults(file: string, line: number | undefined, name: string, attributes: { name: string; value: unknown }[]): ContentFault[] {
  const faults: ContentFault[] = [];
  if (!ELEMENTS.has(name)) {
    faults.push({
      file,
      line,
      field: 'markup',
      problem: `<${name}> is not allowed in content (it can run, load or send something, or it is not text): use Markdown, or one of ${[...ELEMENTS].slice(0, 6).join(', ')}…`,
    });
  }
  for (const { name: attribute, value } of attributes) {
    const lower = attribute.toLowerCase();
    if (lower.startsWith('on')) faults.push({ file, line, field: 'markup', problem: `<${name} ${attribute}> is an event handler: content runs no code` });
    else if (!ATTRIBUTES.has(lower) && !lower.startsWith('aria-'))
      faults.push({ file, line, field: 'markup', problem: `<${name} ${attribute}> is not an attribute content may use` });
    else if (URL_ATTRIBUTES.has(lower) && typeof value === 'string') {
      const problem = urlProblem(value);
      if (problem) faults.push({ file, line, field: 'markup', problem: `<${name} ${attribute}>: ${problem}` });
    }
  }
  return faults;
}

/** Raw HTML (a Markdown `html` node), parsed as the browser would. */
function rawHtmlFaults(file: string, line: number | undefined, html: string): ContentFault[] {
  const faults: ContentFault[] = [];
  const visit = (node: HastNode): void => {
    if (node.type === 'element') {
      const attributes = Object.entries(node.properties ?? {}).map(([name, value]) => ({
        name: hastAttributeName(name),
        value: Array.isArray(value) ? value.join(' ') : value,
      }));
      faults.push(...elementFaults(file, line, node.tagName, attributes));
    }
    if (node.type === 'comment') return;
    for (const child of 'children' in node ? (node.children as HastNode[]) : []) visit(child);
  };
  visit(htmlToHast(html, { fragment: true }));
  return faults;
}

/**
 * hast names attributes by their DOM property (`className`, `dateTime`, `onClick`,
 * `ariaLabel`): back to HTML's names, which are the same letters in lower case, but for two.
 */
function hastAttributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  return property.startsWith('aria') ? `aria-${property.slice(4).toLowerCase()}` : property.toLowerCase();
}

/** An MDX expression (`{…}`) or ESM block, parsed as JavaScript: what it would run. */
function programOf(code: string): { body: { type: string; source?: { value: string } | null; specifiers?: unknown[] }[]; errors: unknown[] } {
  const { program, errors } = parseSync('content.js', code, { sourceType: 'module' });
  return { body: program.body as never, errors };
}

/** The kit's own components live in src/components/ and are `.astro` files. */
const isKitComponent = (source: string): boolean => /^(\.\.\/)+src\/components\/[A-Za-z0-9/_-]+\.astro$/.test(source);

function mdastFaults(file: string, tree: MdastNode): ContentFault[] {
  const faults: ContentFault[] = [];
  const visit = (node: MdastNode): void => {
    const line = lineOf(node as Located);
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition': {
        const problem = urlProblem(node.url);
        if (problem) faults.push({ file, line, field: 'markup', problem: `a ${node.type === 'image' ? 'picture' : 'link'} to ${problem}` });
        break;
      }
      case 'html':
        faults.push(...rawHtmlFaults(file, line, node.value));
        break;
      case 'mdxjsEsm': {
        const { body, errors } = programOf(node.value);
        if (errors.length > 0) faults.push({ file, line, field: 'markup', problem: 'has an import or export that does not parse' });
        for (const statement of body) {
          if (statement.type !== 'ImportDeclaration')
            faults.push({
              file,
              line,
              field: 'markup',
              problem: `has "${statement.type}": an MDX entry may only import the kit's own components (it runs no code of its own)`,
            });
          else if (!isKitComponent(statement.source?.value ?? ''))
            faults.push({
              file,
              line,
              field: 'markup',
              problem: `imports "${statement.source?.value}": an MDX entry may only import the kit's own components (src/components/*.astro)`,
            });
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // `{/* a comment */}` is how MDX writes a comment: it runs nothing.
        const { body, errors } = programOf(node.value);
        if (errors.length > 0 || body.length > 0)
          faults.push({
            file,
            line,
            field: 'markup',
            problem: `{${node.value.trim().slice(0, 40)}} is an expression: content runs no code (write the text itself)`,
          });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const literal = node.attributes.map((attribute) =>
          attribute.type === 'mdxJsxAttribute' && (attribute.value === null || typeof attribute.value === 'string')
            ? { name: attribute.name, value: attribute.value }
            : undefined,
        );
        if (literal.some((attribute) => attribute === undefined))
          faults.push({ file, line, field: 'markup', problem: `<${name || '>'}> has a prop that is an expression: props are literal strings` });
        const attributes = literal.filter((attribute) => attribute !== undefined);
        if (name === '') faults.push({ file, line, field: 'markup', problem: 'has a fragment (<>…</>): write the text itself' });
        else if (/^[A-Z]/.test(name)) {
          const props = CONTENT_COMPONENTS[name];
          if (!props)
            faults.push({
              file,
              line,
              field: 'markup',
              problem: `<${name}> is not one of the kit's components for content (${Object.keys(CONTENT_COMPONENTS).join(', ')})`,
            });
          else
            for (const { name: prop } of attributes)
              if (!props.includes(prop)) faults.push({ file, line, field: 'markup', problem: `<${name} ${prop}> is not a prop of ${name}` });
        } else faults.push(...elementFaults(file, line, name, attributes));
        break;
      }
    }
    for (const child of 'children' in node ? (node.children as MdastNode[]) : []) visit(child);
  };
  visit(tree);
  return faults;
}

/** The faults in the markup of a Markdown (`.md`) or MDX (`.mdx`) file. */
export function markupFaults(file: string, text: string): ContentFault[] {
  if (!file.endsWith('.md') && !file.endsWith('.mdx')) return [];
  let tree: MdastNode;
  try {
    tree = (file.endsWith('.mdx') ? mdxToMdast : markdownToMdast)(text, { features: PARSER_FEATURES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1]) || undefined;
    return [{ file, line, field: 'markup', problem: `does not parse: ${message.replace(/^\d+:\d+(-\d+:\d+)?: /, '')}` }];
  }
  return mdastFaults(file, tree);
}

/** The same tree check, on a tree the renderer has parsed (src/lib/content-plugin.ts). */
export const treeFaults = mdastFaults;

// ---------------------------------------------------------------------------------------------
// Data

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
  if (data === undefined || data === null) return [{ file, field: 'file', problem: 'is empty: give it its data, or remove it' }];
  const result = COLLECTION_FILES[collection].schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    field: issue.path.length > 0 ? issue.path.join('.') : 'file',
    problem: issue.code === 'unrecognized_keys' ? `${issue.message}: ${issue.keys.join(', ')}` : issue.message,
  }));
}

/** The dates in a help-line file that are later than `today` ("YYYY-MM-DD"): a source cannot have published, nor anyone confirmed, a number in the future. */
export function futureDateFaults(file: string, text: string, today: string): ContentFault[] {
  if (collectionOf(file) !== 'contacts') return [];
  const data = readData(file, text) as { contacts?: { published?: unknown; confirmed?: unknown }[] } | undefined;
  const faults: ContentFault[] = [];
  (data?.contacts ?? []).forEach((contact, index) => {
    for (const field of ['published', 'confirmed'] as const) {
      const value = contact[field];
      // "2026" is later than "2025-12-31" only once its first day has come: compare the start of the period.
      if (typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value) && value.padEnd(10, '-01').replace(/-$/, '') > today) {
        faults.push({ file, field: `contacts.${index}.${field}`, problem: `${value} is later than today (${today})` });
      }
    }
  });
  return faults;
}

/**
 * The files of content/ that no collection takes: in no collection's folder, outside its
 * collection's pattern (`NN-slug.mdx`, `<locale>/…`), of another extension, or two files for one
 * entry (`about.md` beside `about.mdx`). Each would otherwise be silently left out.
 */
export function namingFaults(files: readonly string[]): ContentFault[] {
  const faults: ContentFault[] = [];
  const entries = new Map<string, string>();
  for (const file of files) {
    const collection = collectionOf(file);
    if (!collection) {
      faults.push({
        file,
        field: 'file',
        problem: `is not in the folder of a content collection (${Object.values(COLLECTION_FILES)
          .map((c) => c.folder)
          .join(', ')})`,
      });
      continue;
    }
    const { folder, pattern } = COLLECTION_FILES[collection];
    const name = file.slice(`content/${folder}/`.length);
    if (!picomatch(pattern)(name)) {
      faults.push({ file, field: 'file', problem: `is not taken by the collection "${collection}", whose files are content/${folder}/${pattern}: rename it` });
      continue;
    }
    const entry = `${folder}/${name.replace(/\.[^./]+$/, '')}`;
    const other = entries.get(entry);
    if (other) faults.push({ file, field: 'file', problem: `and ${other} are one entry twice: keep one of them` });
    else entries.set(entry, file);
  }
  return faults;
}

/** Every fault of the content: `files` are every file under content/ with its text; `today` is "YYYY-MM-DD". */
export function checkContent(files: readonly { file: string; text: string }[], today: string): ContentFault[] {
  const named = new Set(files.map(({ file }) => file));
  const misnamed = namingFaults([...named]);
  const skipped = new Set(misnamed.map((fault) => fault.file));
  return [
    ...misnamed,
    ...files.flatMap(({ file, text }) => [
      ...textFaults(file, text),
      ...(skipped.has(file) ? [] : [...schemaFaults(file, text), ...markupFaults(file, text), ...futureDateFaults(file, text, today)]),
    ]),
  ];
}
