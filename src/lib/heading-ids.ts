/**
 * Ids for the headings of the content's own Markdown and MDX (`### Trafficking is not
 * smuggling`) that say nothing of the subject: an id can show in an address, in the browser's
 * history, so the renderer's slug of the heading's words ("trafficking-is-not-smuggling") will
 * not do. Each heading gets `h-` and the first 8 hex digits of a SHA-256 of its words: stable
 * from build to build, meaningless to whoever reads the address. A Sätteri hast plugin, which
 * astro.config.mjs gives the Markdown processor; it runs before Astro's own heading-ids plugin,
 * which keeps an id that is there.
 */
import { createHash } from 'node:crypto';
import { defineHastPlugin } from 'satteri';

export const neutralHeadingId = (words: string): string => `h-${createHash('sha256').update(words.trim()).digest('hex').slice(0, 8)}`;

export function neutralHeadingIds() {
  return defineHastPlugin({
    name: 'kit-neutral-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, context) {
        if (typeof node.properties?.['id'] !== 'string') context.setProperty(node, 'id', neutralHeadingId(context.textContent(node)));
      },
    },
  });
}
