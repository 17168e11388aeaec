import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/lib/wrap-label';

describe('wrapLabel', () => {
  it('breaks between words within the limit', () => {
    expect(wrapLabel('Protocol against the Smuggling of Migrants', 20)).toEqual(['Protocol against the', 'Smuggling of', 'Migrants']);
  });
  it('keeps a word longer than the limit whole, on its own line', () => {
    expect(wrapLabel('Transnational crime', 8)).toEqual(['Transnational', 'crime']);
  });
  it('keeps every word, in order', () => {
    const name = 'UN Convention against Transnational Organized Crime';
    expect(wrapLabel(name, 12).join(' ')).toBe(name);
  });
});
