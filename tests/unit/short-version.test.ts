import { describe, expect, it } from 'vitest';
import { fitsOneMessage, SHORT_TEXT_LIMIT, shortText, sourceAndYear, type ShortVersion } from '../../src/lib/short-version';
import { partsForBarriers } from '../../src/lib/scenarios';

const words = { telegram: 'Telegram:', sources: 'Sources:' };
const version: ShortVersion = {
  title: 'Working abroad: what to know',
  signsHeading: 'Warning signs',
  signs: [{ text: 'Your passport is taken from you.', sources: ['IOM, c. 2004'] }],
  doHeading: 'What to do',
  steps: [{ text: 'Keep copies of your passport.', sources: [] }],
  numbersHeading: 'Help numbers',
  caution: 'They may have changed.',
  groups: [
    {
      title: 'Where you are now',
      countries: [
        {
          name: 'Turkey',
          contacts: [
            { shown: '157', telegram: false, label: 'YİMER', source: 'UN Network on Migration', published: '2020-01' },
            { shown: '+90 312 1571112', telegram: false, label: 'YİMER', source: 'UN Network on Migration', published: '2020-01' },
          ],
        },
      ],
    },
    {
      title: 'At home',
      countries: [
        {
          name: 'Uzbekistan',
          contacts: [
            { shown: '11-08', telegram: false, label: 'customs hotline', source: 'customs.uz', published: 'undated' },
            { shown: '@Salom_migrant_bot', telegram: true, label: 'bot for migrants', source: 'daryo.uz', published: '2021-07-28' },
          ],
        },
        {
          name: 'Tajikistan',
          contacts: [{ shown: '918-85-3434', telegram: false, label: 'IOM/USAID hotline', place: 'Dushanbe', source: 'Asia-Plus', published: '2012-06-13' }],
        },
      ],
    },
  ],
  sources: ['IOM, c. 2004'],
};

describe('the shortest version as plain text', () => {
  it('names the site first (a chat preview shows the first line), then the signs, the steps and the numbers', () => {
    const text = shortText(version, words);
    expect(text.split('\n')[0]).toBe('Working abroad: what to know');
    expect(text.indexOf('Warning signs:')).toBeLessThan(text.indexOf('What to do:'));
    expect(text.indexOf('What to do:')).toBeLessThan(text.indexOf('Help numbers. They may have changed.'));
    expect(text.indexOf('Where you are now:')).toBeLessThan(text.indexOf('At home:'));
    expect(text).toContain('- Your passport is taken from you.\n');
  });
  it('writes lines with the same label and source once, with their numbers joined, and each source with its year', () => {
    expect(shortText(version, words)).toContain('Turkey: YİMER 157, +90 312 1571112 (UN Network on Migration, 2020)\n');
  });
  it('gives no year where the source gives no date, and puts a place or "Telegram:" before its number', () => {
    const text = shortText(version, words);
    expect(text).toContain('Uzbekistan: customs hotline 11-08 (customs.uz); bot for migrants, Telegram: @Salom_migrant_bot (daryo.uz, 2021)\n');
    expect(text).toContain('Tajikistan: IOM/USAID hotline, Dushanbe: 918-85-3434 (Asia-Plus, 2012)\n');
    expect(text.trimEnd().endsWith('Sources: IOM, c. 2004.')).toBe(true);
  });
  it('is refused when it is longer than one chat message, naming the file to shorten', () => {
    expect(fitsOneMessage('x'.repeat(SHORT_TEXT_LIMIT), 'ru')).toHaveLength(SHORT_TEXT_LIMIT);
    expect(() => fitsOneMessage('x'.repeat(SHORT_TEXT_LIMIT + 1), 'ru')).toThrow(
      /^content\/in-short\/ru\/in-short\.yaml: file: the plain-text version is 1501 characters/,
    );
  });
  it('names a source and its year, or the source alone', () => {
    expect(sourceAndYear('ILO', '2020-05-06')).toBe('ILO, 2020');
    expect(sourceAndYear('ILO', 'undated')).toBe('ILO');
  });
});

describe("an exercise's answer", () => {
  it('leads to the part of "If it is happening to you" for each barrier in the story, each part once', () => {
    expect(partsForBarriers(['debt-bondage', 'passport-retention'])).toEqual(['growing-debt', 'passport-kept']);
    expect(partsForBarriers(['threats-of-violence', 'violence'])).toEqual(['cannot-leave']);
    expect(partsForBarriers([])).toEqual([]);
  });
});
