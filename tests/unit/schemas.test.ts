import { describe, expect, it } from 'vitest';
import { partyStatusSchema, instrumentSchema } from '../../src/schemas/instrument';
import { victimsAssistedSchema } from '../../src/schemas/victims';
import { slideSchema } from '../../src/schemas/slide';

/** The first problem zod reports, as "path: message". */
function problem(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string {
  if (result.success) return 'no problem';
  const [issue] = result.error!.issues;
  return `${issue!.path.join('.')}: ${issue!.message}`;
}

describe('a party to an instrument', () => {
  it("accepts the seed's shapes", () => {
    expect(partyStatusSchema.safeParse({ country: 'Kyrgyzstan', signature: '2000-12-13', ratification: '2003-10-02' }).success).toBe(true);
    expect(partyStatusSchema.safeParse({ country: 'Tajikistan', accession: '2002-07-08' }).success).toBe(true);
    expect(partyStatusSchema.safeParse({ country: 'Turkmenistan', signature: 'no', ratification: 'no' }).success).toBe(true);
  });
  it('refuses a date that does not exist', () => {
    expect(problem(partyStatusSchema.safeParse({ country: 'Kyrgyzstan', signature: '2000-12-13', ratification: '2001-02-30' }))).toMatch(
      /^ratification: must be "no" or a real calendar date/,
    );
  });
  it('refuses an unquoted YAML date, which arrives as a Date object', () => {
    expect(problem(partyStatusSchema.safeParse({ country: 'Kazakhstan', signature: new Date('2000-12-13'), ratification: 'no' }))).toMatch(
      /^signature: .*quoted/,
    );
  });
  it('refuses a ratification before the signature', () => {
    expect(problem(partyStatusSchema.safeParse({ country: 'Uzbekistan', signature: '2000-12-14', ratification: '1999-12-09' }))).toBe(
      'ratification: 1999-12-09 is before the signature, 2000-12-14',
    );
  });
  it('refuses a ratification without a signature', () => {
    expect(problem(partyStatusSchema.safeParse({ country: 'Uzbekistan', signature: 'no', ratification: '2003-12-09' }))).toMatch(
      /^ratification: .*no signature/,
    );
  });
  it('refuses an accession that also has a signature', () => {
    expect(problem(partyStatusSchema.safeParse({ country: 'Tajikistan', signature: '2000-12-12', accession: '2002-07-08' }))).toMatch(
      /^signature: a state that acceded has no signature/,
    );
  });
  it('refuses a country that is not in the seed', () => {
    expect(problem(partyStatusSchema.safeParse({ country: 'Mongolia', signature: 'no', ratification: 'no' }))).toMatch(
      /^country: must be one of the seed's countries/,
    );
  });
  it('refuses a misspelt field', () => {
    expect(problem(partyStatusSchema.safeParse({ country: 'Kazakhstan', signature: 'no', ratfication: 'no' }))).toMatch(/ratfication/);
  });
});

describe('an instrument', () => {
  it('needs each of the five countries once', () => {
    const parties = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Kazakhstan'].map((country) => ({
      country,
      signature: 'no',
      ratification: 'no',
    }));
    const result = instrumentSchema.safeParse({
      seedSlide: 13,
      seedName: 'x',
      entryIntoForce: { date: '2003-09-29', source: 'z' },
      parties,
    });
    expect(problem(result)).toMatch(/Kazakhstan must appear once, not 2 times|Uzbekistan must appear once, not 0 times/);
  });
});

describe('the victims-assisted table', () => {
  const table = (kyrgyzstan2004: unknown) => ({
    seedSlide: 16,
    title: 'Victims assisted by IOM',
    years: [2003, 2004],
    rows: ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'].map((country) => ({
      country,
      assisted: { '2003': 0, '2004': country === 'Kyrgyzstan' ? kyrgyzstan2004 : 1 },
    })),
  });
  it('keeps a missing value as "no data" and a zero as 0', () => {
    const parsed = victimsAssistedSchema.parse(table('no data'));
    expect(parsed.rows[1]!.assisted['2004']).toBe('no data');
    expect(parsed.rows[0]!.assisted['2003']).toBe(0);
  });
  it('refuses an empty value instead of reading it as 0', () => {
    expect(problem(victimsAssistedSchema.safeParse(table(null)))).toMatch(/^rows.1.assisted.2004: must be a whole number of people, or "no data"/);
  });
});

describe("a slide entry's frontmatter", () => {
  it('needs a seedSlide between 1 and 16', () => {
    expect(problem(slideSchema.safeParse({ title: 't', order: 1 }))).toMatch(/^seedSlide:/);
    expect(problem(slideSchema.safeParse({ title: 't', order: 1, seedSlide: 17 }))).toMatch(/^seedSlide:/);
  });
  it('refuses a misspelt field', () => {
    expect(problem(slideSchema.safeParse({ title: 't', order: 1, seedSlide: 2, runninghead: 'x' }))).toMatch(/runninghead/);
  });
});
