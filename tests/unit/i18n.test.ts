import { describe, expect, it } from 'vitest';
import { formatCount, formatMessage, translator, uiStrings } from '../../src/lib/i18n';

describe('formatMessage', () => {
  it('fills every placeholder', () => {
    expect(formatMessage('slide {slide} of {count}', { slide: 2, count: 16 })).toBe('slide 2 of 16');
  });
  it('refuses a missing value instead of printing "{slide}" to a reader', () => {
    expect(() => formatMessage('slide {slide}', {})).toThrow(/\{slide\}/);
  });
});

describe('interface strings', () => {
  it('are refused for a locale that has no dictionary, never filled from another language', () => {
    expect(() => uiStrings('xx')).toThrow(/xx/);
  });
  it('name the source slide in the English source line', () => {
    expect(translator('en')('fromSeedSlide', { slide: 6 })).toContain('slide 6');
  });
});

describe('formatCount', () => {
  it('keeps a real zero as 0', () => {
    expect(formatCount(0, 'en')).toBe('0');
    expect(formatCount(112, 'en')).toBe('112');
  });
});
