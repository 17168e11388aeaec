import { describe, expect, it } from 'vitest';
import { checkSeedSlideCoverage, sortTopicEntries } from '../../src/lib/seed-slides';

const allSixteen = Array.from({ length: 16 }, (_, i) => ({ file: `content/x/en/${i + 1}.mdx`, seedSlide: i + 1 }));

describe('checkSeedSlideCoverage', () => {
  it('accepts one entry for each of the 16 slides', () => {
    expect(() => checkSeedSlideCoverage(allSixteen, 'en')).not.toThrow();
  });
  it('names both files when a seedSlide is used twice', () => {
    const twice = [...allSixteen, { file: 'content/where-found/en/03-extra.mdx', seedSlide: 5 }];
    expect(() => checkSeedSlideCoverage(twice, 'en')).toThrow('content/where-found/en/03-extra.mdx: seedSlide: 5 is also used by content/x/en/5.mdx');
  });
  it('names the locale and the slide when a slide has no entry', () => {
    const missing = allSixteen.filter((entry) => entry.seedSlide !== 7);
    expect(() => checkSeedSlideCoverage(missing, 'ru')).toThrow(/no entry renders seed slide 7 in locale "ru"/);
  });
});

describe('sortTopicEntries', () => {
  const entry = (id: string, order: number) => ({ id, file: `content/t/${id}.mdx`, order });

  it("orders a topic by its entries' places", () => {
    const sorted = sortTopicEntries([entry('en/02-b', 2), entry('en/01-a', 1)]);
    expect(sorted.map((e) => e.id)).toEqual(['en/01-a', 'en/02-b']);
  });
  it('refuses an order that disagrees with the file name', () => {
    expect(() => sortTopicEntries([entry('en/01-a', 2)])).toThrow('content/t/en/01-a.mdx: order: is 2 but the file name starts with 01');
  });
  it('refuses a file name without a place', () => {
    expect(() => sortTopicEntries([entry('en/a', 1)])).toThrow(/content\/t\/en\/a.mdx: file name/);
  });
});
