import { describe, expect, it } from 'vitest';
import { describeReadability, readability } from '../../scripts/lib/readability.ts';

describe('readability', () => {
  it('counts sentences and words, a block ending a sentence without a full stop', () => {
    const figures = readability(['Keep your passport.', 'Call the hotline. Ask for help', 'Before you go'], 'en');
    expect(figures.sentences).toBe(4);
    expect(figures.words).toBe(12);
    expect(figures.wordsPerSentence).toBeCloseTo(3);
  });

  it('does not count a phone number or a year as a word', () => {
    expect(readability(['Call 8-800-333-00-16 in 2024.'], 'en').words).toBe(2);
  });

  it("scores English by Flesch's formula: short words and sentences read easier", () => {
    const plain = readability(['Keep your passport. Do not give it to anyone.'], 'en').readingEase!;
    const hard = readability(['Intermediaries systematically appropriate identification documentation, thereby facilitating exploitation.'], 'en').readingEase!;
    expect(plain.formula).toBe('Flesch reading ease');
    expect(plain.score).toBeGreaterThan(80);
    expect(hard.score).toBeLessThan(0);
  });

  it("scores Russian by Oborneva's formula, a syllable to each vowel", () => {
    // «Не отдавайте паспорт.»: 3 words, 7 syllables (не, о-тда-вай-те, пас-порт), 18 letters.
    const figures = readability(['Не отдавайте паспорт.'], 'ru');
    expect(figures.readingEase!.formula).toBe("Oborneva's reading ease");
    expect(figures.readingEase!.score).toBeCloseTo(206.835 - 1.3 * 3 - 60.1 * (7 / 3));
    expect(figures.lettersPerWord).toBeCloseTo(18 / 3);
  });

  it('gives a language without a published formula its words per sentence and letters per word only', () => {
    const figures = readability(['Pasportingizni bermang.'], 'uz');
    expect(figures.readingEase).toBeUndefined();
    expect(describeReadability(figures)).toBe('2.0 words a sentence, 10.5 letters a word');
  });
});
