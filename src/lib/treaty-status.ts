import type { PartyStatus } from '../schemas/instrument';

/** What one cell of a treaty table says. */
export type TreatyCell =
  | { kind: 'date'; date: string }
  | { kind: 'no' }
  /** The signature cell of a state that acceded: the seed leaves it empty. */
  | { kind: 'acceded-without-signature' }
  | { kind: 'accession'; date: string };

/** A state's standing under an instrument, from its row in the seed's table. */
export type RatificationState = 'ratified' | 'acceded' | 'signed' | 'not-signed';

function act(value: string | undefined): TreatyCell {
  return value === undefined || value === 'no' ? { kind: 'no' } : { kind: 'date', date: value };
}

/** The signature and ratification cells of a state's row, as the seed's table has them. */
export function treatyCells(party: PartyStatus): { signature: TreatyCell; ratification: TreatyCell } {
  if (party.accession !== undefined) {
    return { signature: { kind: 'acceded-without-signature' }, ratification: { kind: 'accession', date: party.accession } };
  }
  return { signature: act(party.signature), ratification: act(party.ratification) };
}

export function ratificationState(party: PartyStatus): RatificationState {
  if (party.accession !== undefined) return 'acceded';
  if (party.ratification !== undefined && party.ratification !== 'no') return 'ratified';
  if (party.signature !== undefined && party.signature !== 'no') return 'signed';
  return 'not-signed';
}
