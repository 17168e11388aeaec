import { describe, expect, it } from 'vitest';
import { ratificationState, treatyCells } from '../../src/lib/treaty-status';

describe('treatyCells', () => {
  it('gives a signature and a ratification as dates or "no"', () => {
    expect(treatyCells({ country: 'Kazakhstan', signature: '2000-12-13', ratification: 'no' })).toEqual({
      signature: { kind: 'date', date: '2000-12-13' },
      ratification: { kind: 'no' },
    });
  });
  it('shows an accession in the ratification column and no signature, as the seed does', () => {
    expect(treatyCells({ country: 'Tajikistan', accession: '2002-07-08' })).toEqual({
      signature: { kind: 'acceded-without-signature' },
      ratification: { kind: 'accession', date: '2002-07-08' },
    });
  });
});

describe('ratificationState', () => {
  it('tells the four standings apart', () => {
    expect(ratificationState({ country: 'Kyrgyzstan', signature: '2000-12-13', ratification: '2003-10-02' })).toBe('ratified');
    expect(ratificationState({ country: 'Tajikistan', accession: '2002-07-08' })).toBe('acceded');
    expect(ratificationState({ country: 'Uzbekistan', signature: '2001-06-28', ratification: 'no' })).toBe('signed');
    expect(ratificationState({ country: 'Turkmenistan', signature: 'no', ratification: 'no' })).toBe('not-signed');
  });
});
