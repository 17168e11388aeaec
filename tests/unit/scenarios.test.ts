import { describe, expect, it } from 'vitest';
import { BARRIERS, PLACES, caseProblems, checkScenarioSet, translationProblems, type CaseFacts } from '../../src/lib/scenarios';
import { scenarioSchema } from '../../src/schemas/scenario';

const part = (present: boolean) => ({ present });
const trafficking: CaseFacts = {
  verdict: 'trafficking',
  child: false,
  elements: ['migration', 'illicit-engagement-or-movement', 'deception', 'exploitation', 'rights-violation'],
  protocol: { act: part(true), means: part(true), purpose: part(true) },
  foundIn: ['factories'],
  preventedBy: ['passport-retention'],
};
const smuggling: CaseFacts = {
  ...trafficking,
  verdict: 'smuggling',
  elements: ['migration', 'illicit-engagement-or-movement', 'intermediaries-profit'],
  protocol: { act: part(true), means: part(false), purpose: part(false) },
  foundIn: [],
  preventedBy: [],
};

describe('a case whose verdict must follow from its reasoning', () => {
  it('accepts trafficking with act, means and purpose', () => {
    expect(caseProblems(trafficking)).toEqual([]);
  });
  it('refuses "trafficking" for an adult when the means are missing', () => {
    const [problem] = caseProblems({ ...trafficking, protocol: { ...trafficking.protocol, means: part(false) } });
    expect(problem).toEqual({ field: 'verdict', problem: `is "trafficking" but the protocol's means is not present` });
  });
  it('accepts "trafficking" for a child without means: none are needed', () => {
    expect(caseProblems({ ...trafficking, child: true, protocol: { ...trafficking.protocol, means: part(false) } })).toEqual([]);
  });
  it('refuses "smuggling" when act, means and purpose are all there', () => {
    expect(caseProblems({ ...smuggling, protocol: trafficking.protocol })[0]?.problem).toMatch(/that is trafficking/);
  });
  it('refuses "safe-migration" for a child recruited for exploitation', () => {
    const child = { ...smuggling, verdict: 'safe-migration' as const, child: true, protocol: { act: part(true), means: part(false), purpose: part(true) } };
    expect(caseProblems(child)[0]?.field).toBe('verdict');
  });
  it('refuses a trafficking case without a violation of rights', () => {
    expect(caseProblems({ ...trafficking, elements: ['migration'] })).toContainEqual({ field: 'elements', problem: expect.stringMatching(/rights-violation/) });
  });
  it('refuses an element listed twice', () => {
    expect(caseProblems({ ...smuggling, elements: ['migration', 'migration'] })).toContainEqual({ field: 'elements', problem: '"migration" is listed twice' });
  });
});

describe('the set of exercises in a locale', () => {
  const everyPlace: CaseFacts = { ...trafficking, foundIn: [...PLACES], preventedBy: [...BARRIERS] };
  const complete = [
    { file: 'a.mdx', facts: everyPlace },
    { file: 'b.mdx', facts: smuggling },
    { file: 'c.mdx', facts: { ...smuggling, verdict: 'safe-migration' as const } },
    { file: 'd.mdx', facts: { ...trafficking, child: true } },
  ];
  it('accepts a set that covers every place, every barrier, both safe-side cases and a child', () => {
    expect(() => checkScenarioSet(complete, 'content/scenarios/en/')).not.toThrow();
  });
  it('names a place of seed slide 5 that no case covers', () => {
    const withoutBegging = complete.map((c) => (c.file === 'a.mdx' ? { ...c, facts: { ...everyPlace, foundIn: PLACES.filter((p) => p !== 'begging') } } : c));
    expect(() => checkScenarioSet(withoutBegging, 'content/scenarios/en/')).toThrow('content/scenarios/en/: foundIn: no scenario takes place in "begging"');
  });
  it('names a barrier of seed slide 7 that no case shows', () => {
    const withoutViolence = complete.map((c) =>
      c.file === 'a.mdx' ? { ...c, facts: { ...everyPlace, preventedBy: BARRIERS.filter((b) => b !== 'violence') } } : c,
    );
    expect(() => checkScenarioSet(withoutViolence, 'content/scenarios/en/')).toThrow(/preventedBy: no scenario shows "violence"/);
  });
  it('needs a smuggling case and a safe job abroad', () => {
    expect(() =>
      checkScenarioSet(
        complete.filter((c) => c.file !== 'c.mdx'),
        'x/',
      ),
    ).toThrow(/verdict: no scenario is "safe-migration"/);
    expect(() =>
      checkScenarioSet(
        complete.filter((c) => c.file !== 'b.mdx'),
        'x/',
      ),
    ).toThrow(/verdict: no scenario is "smuggling"/);
  });
  it('needs a trafficked child', () => {
    expect(() =>
      checkScenarioSet(
        complete.filter((c) => c.file !== 'd.mdx'),
        'x/',
      ),
    ).toThrow(/child: no scenario is about a child/);
  });
});

describe('a translated case', () => {
  it('agrees with its original', () => {
    expect(translationProblems(trafficking, { ...trafficking })).toEqual([]);
  });
  it('may not change the verdict or a protocol part', () => {
    expect(translationProblems(trafficking, { ...trafficking, verdict: 'smuggling', protocol: { ...trafficking.protocol, means: part(false) } })).toEqual([
      { field: 'verdict', problem: 'is "smuggling" but the original says "trafficking"' },
      { field: 'protocol.means.present', problem: 'is false but the original says true' },
    ]);
  });
});

describe('the scenario schema', () => {
  const why = 'because';
  const valid = {
    title: 'A case',
    order: 1,
    verdict: 'smuggling',
    elements: ['migration'],
    protocol: { act: { present: true, why }, means: { present: false, why }, purpose: { present: false, why } },
    reasoning: 'why',
  };
  const issue = (value: unknown) => {
    const result = scenarioSchema.safeParse(value);
    return result.success ? 'no problem' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  };
  it('accepts a well-formed case', () => {
    expect(issue(valid)).toBe('no problem');
  });
  it("rejects an element that is not in IOM's working definition", () => {
    expect(issue({ ...valid, elements: ['migration', 'poverty'] })).toMatch(/^elements\.1: must be one of: migration, illicit-engagement-or-movement/);
  });
  it('rejects an unknown verdict', () => {
    expect(issue({ ...valid, verdict: 'forced-marriage' })).toMatch(
      /^verdict: must be one of: trafficking, smuggling, exploitation-not-trafficking, safe-migration/,
    );
  });
  it('rejects a place that is not on seed slide 5', () => {
    expect(issue({ ...valid, foundIn: ['mines'] })).toMatch(/^foundIn\.0: must be one of: sweatshops/);
  });
  it('rejects a verdict its reasoning contradicts', () => {
    expect(issue({ ...valid, verdict: 'trafficking' })).toMatch(/^verdict: is "trafficking" but the protocol's means and purpose are not present/);
  });
});
