import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { neutralHeadingId, neutralHeadingIds } from '../../src/lib/heading-ids';

describe('the ids of content headings', () => {
  it('say nothing of the words, and stay the same from build to build', () => {
    const html = markdownToHtml('### Trafficking is not smuggling\n\nText.\n', { hastPlugins: [neutralHeadingIds()] }).html ?? '';
    const id = /<h3 id="([^"]+)"/.exec(String(html))?.[1];
    expect(id).toBe(neutralHeadingId('Trafficking is not smuggling'));
    expect(id).toMatch(/^h-[0-9a-f]{8}$/);
    expect(neutralHeadingId('Торговля людьми')).not.toBe(neutralHeadingId('Trafficking is not smuggling'));
  });
});
