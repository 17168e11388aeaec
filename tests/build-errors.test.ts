/**
 * Bad content stops `astro build` with a message that names the file and the field. Each case
 * copies the project, puts one fault into one content file, builds, and reads the message.
 */
import { describe, expect, it } from 'vitest';
import { buildIn, makeFixture, type ContentFault } from './support/fixture-project';

interface Case {
  name: string;
  fault: ContentFault;
  /** What the message must say besides the file's name: the field, and what is wrong. */
  says: RegExp[];
}

const CONVENTION = 'content/instruments/1-organized-crime-convention.yaml';
const TRAFFICKING_PROTOCOL = 'content/instruments/2-trafficking-protocol.yaml';
const VICTIMS = 'content/victims-assisted/victims-assisted.yaml';

const cases: Case[] = [
  {
    name: 'a missing frontmatter field',
    fault: { file: 'content/where-found/en/01-often-found-in.mdx', find: 'seedSlide: 5\n', replace: '' },
    says: [/seedSlide/],
  },
  {
    name: 'a mistyped frontmatter field',
    fault: { file: 'content/attracts-traffickers/en/01-what-attracts-traffickers.mdx', find: 'order: 1', replace: 'ordre: 1' },
    says: [/ordre/],
  },
  {
    name: 'a frontmatter field of the wrong type',
    fault: { file: 'content/definition/en/01-working-definition.mdx', find: 'seedSlide: 2', replace: 'seedSlide: "two"' },
    says: [/seedSlide/],
  },
  {
    name: 'an impossible date',
    fault: { file: CONVENTION, find: 'ratification: "2003-10-02"', replace: 'ratification: "2003-02-30"' },
    says: [/parties\.1\.ratification/, /real calendar date/],
  },
  {
    name: 'an unquoted date, which YAML would silently change',
    fault: { file: CONVENTION, find: 'signature: "2000-12-13", ratification: "no"', replace: 'signature: 2000-12-13, ratification: "no"' },
    says: [/parties\.0\.signature/, /quoted/],
  },
  {
    name: 'a ratification before its signature',
    fault: { file: CONVENTION, find: 'ratification: "2003-12-09"', replace: 'ratification: "1999-12-09"' },
    says: [/parties\.4\.ratification/, /before the signature/],
  },
  {
    name: 'an accession that also has a signature',
    fault: { file: TRAFFICKING_PROTOCOL, find: '{ country: Tajikistan, accession', replace: '{ country: Tajikistan, signature: "2000-12-12", accession' },
    says: [/parties\.2\.signature/, /acceded/],
  },
  {
    name: 'an unknown country',
    fault: { file: VICTIMS, find: 'country: Turkmenistan', replace: 'country: Turkmenia' },
    says: [/rows\.3\.country/, /one of the seed's countries/],
  },
  {
    name: 'a help line without a source',
    fault: { file: 'content/contacts/tajikistan.yaml', find: '    source: "Asia-Plus"\n', replace: '' },
    says: [/contacts\.0\.source/, /who published this number/],
  },
  {
    name: 'a help line without a publication date',
    fault: { file: 'content/contacts/kazakhstan.yaml', find: '    published: "2018"\n', replace: '' },
    says: [/contacts\.0\.published/, /when was this number published/],
  },
  {
    name: 'a seedSlide used twice',
    fault: { file: 'content/escape-barriers/en/02-vulnerable.mdx', find: 'seedSlide: 9', replace: 'seedSlide: 8' },
    // The message names both files that claim slide 8.
    says: [/seedSlide: 8 is also used by/, /content\/attracts-traffickers\/en\/01-what-attracts-traffickers\.mdx/],
  },
  {
    name: 'an order that disagrees with the file name',
    fault: { file: 'content/iom-contributions/en/03-who-are-stakeholders.mdx', find: 'order: 3', replace: 'order: 4' },
    says: [/order: is 4 but the file name starts with 03/],
  },
  {
    name: 'an exercise naming an element that is not in IOM\'s working definition',
    fault: {
      file: 'content/scenarios/en/08-crossing-the-border.mdx',
      find: 'elements: [migration, illicit-engagement-or-movement, intermediaries-profit]',
      replace: 'elements: [migration, illicit-engagement-or-movement, intermediaries-profit, poverty]',
    },
    says: [/elements\.3/, /must be one of: migration/],
  },
  {
    name: 'a translated exercise whose verdict differs from the original',
    fault: { file: 'content/scenarios/ru/09-written-contract.mdx', find: 'verdict: safe-migration', replace: 'verdict: smuggling' },
    says: [/verdict: is "smuggling" but the original says "safe-migration"/],
  },
];

describe('npm run build on bad content', () => {
  for (const { name, fault, says } of cases) {
    it(`fails on ${name}, naming ${fault.file} and the field`, () => {
      const fixture = makeFixture(fault);
      try {
        const { status, output } = buildIn(fixture.dir);
        expect(status, output).not.toBe(0);
        // Astro names a schema error's file by its absolute path; our own checks by the project path.
        expect(output).toContain(fault.file);
        for (const pattern of says) expect(output).toMatch(pattern);
      } finally {
        fixture.remove();
      }
    });
  }
});
