/**
 * How hard a page is to read, as figures the benchmark prints for every page of the reader's set
 * (#16), so that a change that makes the text harder shows. For a language with a published
 * reading-ease formula, that formula: Flesch's for English, Oborneva's adaptation of it for
 * Russian (the same form, with weights fitted to Russian words and sentences). For any other
 * language, words per sentence and letters per word, which both formulas are made of.
 *
 * Sentences and words are found by `Intl.Segmenter` (the ICU rules Node ships), not by a regular
 * expression of our own; English syllables are counted by `syllable` (wooorm's, maintained);
 * Russian ones are its vowels, one syllable each, as Russian spelling has it.
 */
import { syllable } from 'syllable';

/** A reading-ease formula: 206.835 − sentenceWeight × words per sentence − syllableWeight × syllables per word. */
interface ReadingEaseFormula {
  name: string;
  syllables: (word: string) => number;
  sentenceWeight: number;
  syllableWeight: number;
}

const russianSyllables = (word: string): number => word.match(/[аеёиоуыэюя]/giu)?.length ?? 0;

const FORMULAS: Record<string, ReadingEaseFormula> = {
  en: { name: 'Flesch reading ease', syllables: (word) => syllable(word), sentenceWeight: 1.015, syllableWeight: 84.6 },
  ru: { name: "Oborneva's reading ease", syllables: russianSyllables, sentenceWeight: 1.3, syllableWeight: 60.1 },
};

export interface Readability {
  sentences: number;
  words: number;
  wordsPerSentence: number;
  lettersPerWord: number;
  /** Where the language has a published formula: higher is easier (about 60–70 is plain language, below 30 very hard). */
  readingEase?: { formula: string; score: number };
}

/**
 * The figures for a text given as its blocks (a page's headings, paragraphs and list items, one a
 * line): a block ends a sentence even without a full stop, as a list item or a heading does.
 */
export function readability(blocks: string[], locale: string): Readability {
  const sentenceSegmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const wordSegmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const formula = FORMULAS[locale];
  let sentences = 0;
  let words = 0;
  let letters = 0;
  let syllables = 0;
  for (const block of blocks) {
    for (const { segment: sentence } of sentenceSegmenter.segment(block)) {
      // A word has a letter: a phone number or a year is not one.
      const inSentence = [...wordSegmenter.segment(sentence)].filter((part) => part.isWordLike && /\p{L}/u.test(part.segment)).map((part) => part.segment);
      if (inSentence.length === 0) continue;
      sentences += 1;
      words += inSentence.length;
      for (const word of inSentence) {
        letters += word.match(/\p{L}/gu)?.length ?? 0;
        if (formula) syllables += Math.max(1, formula.syllables(word));
      }
    }
  }
  const wordsPerSentence = sentences ? words / sentences : 0;
  const figures: Readability = { sentences, words, wordsPerSentence, lettersPerWord: words ? letters / words : 0 };
  if (formula && words) {
    const score = 206.835 - formula.sentenceWeight * wordsPerSentence - formula.syllableWeight * (syllables / words);
    figures.readingEase = { formula: formula.name, score };
  }
  return figures;
}

/** The figures as a line of the benchmark's table. */
export function describeReadability(figures: Readability): string {
  const counts = `${figures.wordsPerSentence.toFixed(1)} words a sentence, ${figures.lettersPerWord.toFixed(1)} letters a word`;
  return figures.readingEase ? `${figures.readingEase.formula} ${figures.readingEase.score.toFixed(0)}; ${counts}` : counts;
}
