import { describe, expect, it } from 'vitest';
import { checkSessionPlan, stepTimes } from '../../src/lib/session-plan';
import { GLOSSARY_TERMS, checkGlossaryTerms } from '../../src/lib/glossary';

describe('the session plan', () => {
  it('starts each step when the one before ends', () => {
    expect(stepTimes([{ minutes: 10 }, { minutes: 15 }, { minutes: 5 }])).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 25 },
      { start: 25, end: 30 },
    ]);
  });
  const step = (minutes: number, scenarios: number[] = []) => ({ file: `step-${minutes}.mdx`, minutes, scenarios });
  it('accepts steps that add up to about 90 minutes', () => {
    expect(() => checkSessionPlan([step(45), step(45, [1])], [1, 2], 'plan/')).not.toThrow();
  });
  it('refuses a plan far from 90 minutes, saying how long it is', () => {
    expect(() => checkSessionPlan([step(45), step(75)], [], 'plan/')).toThrow(
      'plan/: minutes: the steps add up to 120 minutes; the plan is for about 90 (80 to 100)',
    );
    expect(() => checkSessionPlan([step(30)], [], 'plan/')).toThrow(/add up to 30 minutes/);
  });
  it('refuses an exercise that does not exist, naming the step', () => {
    expect(() => checkSessionPlan([step(45), step(45, [11])], [1, 2], 'plan/')).toThrow('step-45.mdx: scenarios: there is no exercise with order 11');
  });
});

describe('the glossary', () => {
  it('accepts every term once, in order', () => {
    expect(() => checkGlossaryTerms([...GLOSSARY_TERMS], 'g.yaml')).not.toThrow();
  });
  it('names a missing term', () => {
    expect(() =>
      checkGlossaryTerms(
        GLOSSARY_TERMS.filter((term) => term !== 'accession'),
        'g.yaml',
      ),
    ).toThrow('g.yaml: terms.6.term: "accession" is missing');
  });
  it('names a term listed twice', () => {
    expect(() => checkGlossaryTerms([...GLOSSARY_TERMS, 'smuggling'], 'g.yaml')).toThrow(/terms\.9\.term: "smuggling" is listed twice/);
  });
});
