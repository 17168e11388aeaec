/** Reads the content files as text, the way an editor writes them, for the fidelity test. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

export const ROOT = PROJECT_ROOT;
export const CONTENT = join(ROOT, 'content');

export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function readYaml(file: string): Record<string, any> {
  return yaml.load(readFileSync(file, 'utf8')) as Record<string, any>;
}

export interface MdxEntry {
  file: string;
  frontmatter: Record<string, any>;
  /** The seed's text of the slide: the body without our own components (<InPlainWords>, <Notes>…). */
  items: string[];
  paragraphs: string[];
}

export function readMdx(file: string): MdxEntry {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const seedText = match[2]!.replace(/<([A-Z]\w*)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  const blocks = seedText
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const items: string[] = [];
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const blockLines = block.split('\n');
    if (blockLines.every((line) => line.startsWith('- '))) items.push(...blockLines.map((line) => line.slice(2).trim()));
    else paragraphs.push(blockLines.map((line) => line.trim()).join(' '));
  }
  return { file: relative(ROOT, file), frontmatter: yaml.load(match[1]!) as Record<string, any>, items, paragraphs };
}
