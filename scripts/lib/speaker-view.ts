// The speaker view of reveal.js's notes plugin is a document the plugin writes into a pop-up
// window (`document.write` of one fixed template). The pop-up takes the deck's security policy,
// so the policy must allow the template's one script and one style, and its two `style`
// attributes: this reads them out of the plugin, so that a reveal.js update that changes them
// changes the policy with it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseSync } from 'rolldown/utils';
import { htmlToHast, type HastNode } from 'satteri';

export interface SpeakerViewCode {
  /** The template, as the plugin writes it. */
  html: string;
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** The template literal given to `document.write`, as the plugin's code has it (cooked: its escapes read). */
function writtenTemplate(source: string): string {
  const { program } = parseSync('notes.js', source, { sourceType: 'script' });
  let found: string | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || !node || typeof node !== 'object') return;
    const n = node as {
      type?: string;
      callee?: { property?: { name?: string } };
      arguments?: { type: string; expressions?: unknown[]; quasis?: { value: { cooked: string } }[] }[];
    };
    if (n.type === 'CallExpression' && n.callee?.property?.name === 'write') {
      const [argument] = n.arguments ?? [];
      if (argument?.type === 'TemplateLiteral' && argument.expressions?.length === 0) found = argument.quasis![0]!.value.cooked;
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(program);
  if (found === undefined)
    throw new Error("reveal.js's notes plugin no longer writes its speaker view with document.write(`…`): update scripts/lib/speaker-view.ts");
  return found;
}

const textOf = (node: HastNode): string => (node.type === 'text' ? node.value : 'children' in node ? (node.children as HastNode[]).map(textOf).join('') : '');

export function speakerViewCode(): SpeakerViewCode {
  const file = createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
  const html = writtenTemplate(readFileSync(file, 'utf8'));
  const code: SpeakerViewCode = { html, scripts: [], styles: [], styleAttributes: [] };
  const visit = (node: HastNode): void => {
    if (node.type === 'element') {
      if (node.tagName === 'script') code.scripts.push(textOf(node));
      if (node.tagName === 'style') code.styles.push(textOf(node));
      const style = node.properties?.style;
      if (typeof style === 'string') code.styleAttributes.push(style);
    }
    for (const child of 'children' in node ? (node.children as HastNode[]) : []) visit(child);
  };
  visit(htmlToHast(html));
  return code;
}
