/**
 * Real builds of bad content: Astro stops, and its message names the file and the field. The
 * fault cases themselves are unit tests (tests/unit/content-faults.test.ts); these two builds
 * prove that the build runs those checks: one on a collection's schema (Astro's content layer
 * names the file by its absolute path), one on the collections read as a whole (the kit's own
 * check names it by its path from the project).
 */
import { describe, expect, it } from 'vitest';
import { buildIn, makeFixture, type ContentFault } from '../support/fixture-project';

const cases: { name: string; fault: ContentFault; says: RegExp[] }[] = [
  {
    name: "a date that does not exist, in a collection's schema",
    fault: { file: 'content/instruments/1-organized-crime-convention.yaml', find: 'ratification: "2003-10-02"', replace: 'ratification: "2003-02-30"' },
    says: [/parties\.1\.ratification/, /real calendar date/],
  },
  {
    name: 'a seedSlide used twice, across the collections',
    fault: { file: 'content/escape-barriers/en/02-vulnerable.mdx', find: 'seedSlide: 9', replace: 'seedSlide: 8' },
    says: [/seedSlide: 8 is also used by/, /content\/attracts-traffickers\/en\/01-what-attracts-traffickers\.mdx/],
  },
];

describe('npm run build on bad content', () => {
  for (const { name, fault, says } of cases) {
    it(`stops on ${name}, naming ${fault.file} and the field`, () => {
      const fixture = makeFixture(fault);
      try {
        const { status, output } = buildIn(fixture.dir, { SOURCE_DATE_EPOCH: '1700000000' });
        expect(status, output).not.toBe(0);
        expect(output).toContain(fault.file);
        for (const pattern of says) expect(output).toMatch(pattern);
      } finally {
        fixture.remove();
      }
    });
  }
});
