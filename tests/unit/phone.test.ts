import { describe, expect, it } from 'vitest';
import { telHref, unbreakable } from '../../src/lib/phone';

describe("a help line's link", () => {
  it('dials exactly the digits shown, with the + the source prints', () => {
    expect(telHref('+7 (495) 967 98 44')).toBe('tel:+74959679844');
    expect(telHref('8-800-333-00-16')).toBe('tel:88003330016');
    expect(telHref('+82-1345')).toBe('tel:+821345');
    expect(telHref('0800 0000 189')).toBe('tel:08000000189');
    expect(telHref('116 16')).toBe('tel:11616');
  });
  it('is shown in one piece, never split across two lines', () => {
    expect(unbreakable('+993 12 463514')).toBe('+993\u00a012\u00a0463514');
    expect(unbreakable('918-85-3434')).toBe('918\u201185\u20113434');
  });
});
