/**
 * The five topics of the presentation, in the order the site presents them. Each topic is one
 * content collection (`content/<topic>/<locale>/NN-slug.mdx`) and one page (`<locale>/<topic>.html`).
 */
export const TOPICS = ['definition', 'where-found', 'escape-barriers', 'attracts-traffickers', 'iom-contributions'] as const;

export type Topic = (typeof TOPICS)[number];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}
