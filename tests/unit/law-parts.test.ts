import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAW_PARTS, lawPartId } from '../../src/lib/law-parts';
import { dictionaries } from '../../src/lib/i18n';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

describe('the parts of "What the law says"', () => {
  it('are the parts every language’s explainer has, each slide with its own question to the room', () => {
    const folder = join(PROJECT_ROOT, 'content/explainers');
    for (const locale of readdirSync(folder)) {
      const text = readFileSync(join(folder, locale, 'definition.mdx'), 'utf8');
      expect(
        [...text.matchAll(/<LawPart id="([^"]+)"/g)].map((m) => m[1]),
        locale,
      ).toEqual([...LAW_PARTS]);
    }
    for (const [locale, words] of Object.entries(dictionaries)) {
      const asks = LAW_PARTS.map((id) => (words as Record<string, string>)[`deck.lawAsk.${id}`]);
      expect(asks.every(Boolean), locale).toBe(true);
      expect(new Set(asks).size, locale).toBe(LAW_PARTS.length);
    }
  });
  it('a part the decks do not know stops the build, saying where to add it', () => {
    expect(() => lawPartId('penalties')).toThrow(/<LawPart id="penalties"> is not a part the decks know: add it to LAW_PARTS/);
  });
});
