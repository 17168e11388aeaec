/**
 * Bad content is refused, naming the field and what is wrong: each case puts one fault into a
 * real content file (the fixture fails loudly if the file no longer contains the text it
 * changes) and checks it against its collection's schema, or against the check that runs when
 * the build reads the collections as a whole. tests/build/content-faults.test.ts proves, with real
 * builds, that Astro stops on such faults and names the file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFault, readData, schemaFaults } from '../../src/lib/content-check';
import { checkSeedSlideCoverage, sortTopicEntries } from '../../src/lib/seed-slides';
import { translationProblems, type CaseFacts } from '../../src/lib/scenarios';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

interface Fault {
  file: string;
  find: string;
  replace: string;
}

/** The file's text with the fault put in. */
function withFault({ file, find, replace }: Fault): string {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  if (!text.includes(find)) throw new Error(`Fixture: ${file} does not contain ${JSON.stringify(find)}`);
  return text.replace(find, replace);
}

const CONVENTION = 'content/instruments/1-organized-crime-convention.yaml';
const TRAFFICKING_PROTOCOL = 'content/instruments/2-trafficking-protocol.yaml';
const VICTIMS = 'content/victims-assisted/victims-assisted.yaml';

const schemaCases: { name: string; fault: Fault; says: RegExp[] }[] = [
  {
    name: 'a missing frontmatter field',
    fault: { file: 'content/where-found/en/01-often-found-in.mdx', find: 'seedSlide: 5\n', replace: '' },
    says: [/: seedSlide: /],
  },
  {
    name: 'a misspelt frontmatter field',
    fault: { file: 'content/attracts-traffickers/en/01-what-attracts-traffickers.mdx', find: 'order: 1', replace: 'ordre: 1' },
    says: [/ordre/],
  },
  {
    name: 'a frontmatter field of the wrong type',
    fault: { file: 'content/definition/en/01-working-definition.mdx', find: 'seedSlide: 2', replace: 'seedSlide: "two"' },
    says: [/: seedSlide: /],
  },
  {
    name: 'an impossible date',
    fault: { file: CONVENTION, find: 'ratification: "2003-10-02"', replace: 'ratification: "2003-02-30"' },
    says: [/parties\.1\.ratification: .*real calendar date/],
  },
  {
    name: 'an unquoted date, which YAML would silently change',
    fault: { file: CONVENTION, find: 'signature: "2000-12-13", ratification: "no"', replace: 'signature: 2000-12-13, ratification: "no"' },
    says: [/parties\.0\.signature: .*quoted/],
  },
  {
    name: 'a ratification before its signature',
    fault: { file: CONVENTION, find: 'ratification: "2003-12-09"', replace: 'ratification: "1999-12-09"' },
    says: [/parties\.4\.ratification: .*before the signature/],
  },
  {
    name: 'an accession that also has a signature',
    fault: { file: TRAFFICKING_PROTOCOL, find: '{ country: Tajikistan, accession', replace: '{ country: Tajikistan, signature: "2000-12-12", accession' },
    says: [/parties\.2\.signature: .*acceded/],
  },
  {
    name: 'a country not in the seed',
    fault: { file: VICTIMS, find: 'country: Turkmenistan', replace: 'country: Turkmenia' },
    says: [/rows\.3\.country: .*one of the seed's countries/],
  },
  {
    name: 'a help line without a source',
    fault: { file: 'content/contacts/tajikistan.yaml', find: '    source: asia-plus\n', replace: '' },
    says: [/contacts\.0\.source: .*who published this number/],
  },
  {
    name: 'a help line without a publication date',
    fault: { file: 'content/contacts/kazakhstan.yaml', find: '    published: "2018"\n', replace: '' },
    says: [/contacts\.0\.published: .*when was this published/],
  },
  {
    name: "an exercise naming an element that is not in IOM's working definition",
    fault: {
      file: 'content/scenarios/en/08-crossing-the-border.mdx',
      find: 'elements: [migration, illicit-engagement-or-movement, intermediaries-profit]',
      replace: 'elements: [migration, illicit-engagement-or-movement, intermediaries-profit, poverty]',
    },
    says: [/elements\.3: must be one of: migration/],
  },
];

describe("a content file against its collection's schema", () => {
  it('is accepted as the kit has it', () => {
    for (const { fault } of schemaCases) expect(schemaFaults(fault.file, readFileSync(join(PROJECT_ROOT, fault.file), 'utf8')), fault.file).toEqual([]);
  });

  for (const { name, fault, says } of schemaCases) {
    it(`is refused with ${name}, naming the field`, () => {
      const faults = schemaFaults(fault.file, withFault(fault)).map(formatFault);
      expect(faults.length, faults.join('\n')).toBeGreaterThan(0);
      for (const fault_ of faults) expect(fault_.startsWith(`${fault.file}: `)).toBe(true);
      for (const pattern of says) expect(faults.join('\n')).toMatch(pattern);
    });
  }
});

describe('the collections read as a whole', () => {
  const slide = (file: string, seedSlide: number) => ({ file, seedSlide });
  const english = ['content/cover/en/01-title.mdx', ...Array.from({ length: 15 }, (_, i) => `content/x/en/${String(i + 2).padStart(2, '0')}-s.mdx`)].map(
    (file, i) => slide(file, i + 1),
  );

  it('refuse a seedSlide used twice, naming both files', () => {
    const faulty = english.map((entry) => (entry.seedSlide === 9 ? { ...entry, seedSlide: 8 } : entry));
    expect(() => checkSeedSlideCoverage(faulty, 'en')).toThrow(/content\/x\/en\/09-s\.mdx: seedSlide: 8 is also used by content\/x\/en\/08-s\.mdx/);
  });

  it('refuse an order that disagrees with the file name', () => {
    const text = withFault({ file: 'content/iom-contributions/en/03-who-are-stakeholders.mdx', find: 'order: 3', replace: 'order: 4' });
    const { order } = readData('x.mdx', text) as { order: number };
    expect(() => sortTopicEntries([{ id: 'en/03-who-are-stakeholders', file: 'content/iom-contributions/en/03-who-are-stakeholders.mdx', order }])).toThrow(
      /03-who-are-stakeholders\.mdx: order: is 4 but the file name starts with 03/,
    );
  });

  it('refuse a translated exercise whose verdict differs from the original', () => {
    const facts = (file: string, fault?: Fault) => readData(file, fault ? withFault(fault) : readFileSync(join(PROJECT_ROOT, file), 'utf8')) as CaseFacts;
    const original = facts('content/scenarios/en/09-written-contract.mdx');
    const file = 'content/scenarios/ru/09-written-contract.mdx';
    expect(translationProblems(original, facts(file))).toEqual([]);
    const [problem] = translationProblems(original, facts(file, { file, find: 'verdict: safe-migration', replace: 'verdict: smuggling' }));
    expect(`${problem?.field}: ${problem?.problem}`).toMatch(/verdict: is "smuggling" but the original says "safe-migration"/);
  });
});
