/**
 * Calendar dates as the content writes them: `"YYYY-MM-DD"` strings, never JavaScript `Date`s
 * read from the clock or the local time zone, so builds are the same everywhere.
 */
import { uzbekCyrillic } from './uzbek-cyrillic';

/** How a language writes a date in words, where `Intl` falls short of it: its months, and its patterns. */
export interface DateWords {
  /** The twelve months as a full date writes them. */
  months: readonly string[];
  /** A full date: `{day}`, `{month}`, `{year}`. */
  day: string;
  /** A month and year. */
  month: string;
  /** A year alone. */
  year: string;
}

const UZBEK_DATES: DateWords = {
  months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
  day: '{year}-yil {day}-{month}',
  month: '{year}-yil {month}',
  year: '{year}-yil',
};

/**
 * The languages whose dates Node's ICU does not write as the language does (the translators'
 * notes, README "The region's languages"): it abbreviates Uzbek Cyrillic and Tajik months even
 * with `month: 'long'` («8 июл, 2002», «8 Июл 2002»), and writes Uzbek «8-iyul, 2002» where
 * Uzbek publications write «2002-yil 8-iyul». Uzbek Cyrillic is the Uzbek Latin, transliterated.
 * Every other language's dates are `Intl`'s.
 */
export const OWN_DATE_WORDS: Readonly<Record<string, DateWords>> = {
  uz: UZBEK_DATES,
  'uz-Cyrl': {
    months: UZBEK_DATES.months.map((month) => uzbekCyrillic(month)),
    day: uzbekCyrillic(UZBEK_DATES.day),
    month: uzbekCyrillic(UZBEK_DATES.month),
    year: uzbekCyrillic(UZBEK_DATES.year),
  },
  tg: {
    // The month takes the izofa -и before «соли» (year): «8 июли соли 2002».
    months: ['январи', 'феврали', 'марти', 'апрели', 'майи', 'июни', 'июли', 'августи', 'сентябри', 'октябри', 'ноябри', 'декабри'],
    day: '{day} {month} соли {year}',
    month: '{month} соли {year}',
    year: '{year}',
  },
};

/** A date in a language's own words: `pattern` of DateWords, filled in. */
export function ownDateText(words: DateWords, pattern: 'day' | 'month' | 'year', year: number, month = 1, day = 1): string {
  return words[pattern]
    .replace('{year}', String(year))
    .replace('{month}', words.months[month - 1]!)
    .replace('{day}', String(day));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this month.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Compares two calendar dates: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareCalendarDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A calendar date in words for a locale: "13 December 2000" in English (`long`), or
 * "13 Dec 2000" where space is short (`short`, for charts).
 */
export function formatCalendarDate(value: string, locale: string, month: 'long' | 'short' = 'long'): string {
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date: ${JSON.stringify(value)}`);
  const [year, monthNumber, day] = value.split('-').map(Number) as [number, number, number];
  const own = OWN_DATE_WORDS[locale];
  if (own) return ownDateText(own, 'day', year, monthNumber, day);
  return dateFormat(locale, month).format(new Date(Date.UTC(year, monthNumber - 1, day)));
}

// Making an Intl.DateTimeFormat costs far more than using one, and a build writes many dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale} ${month}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * The words that follow a date written in words, without a full stop that would double the
 * date's own: Russian dates end in «г.», so «…, 3 декабря 2021 г.» takes no second stop.
 */
export function afterDate(words: string | undefined, date: string): string | undefined {
  return date.endsWith('.') ? words?.replace(/^\./, '') : words;
}

/** A stretch of text: plain, or a calendar date written in words, with its `YYYY-MM-DD`. */
export type DatedText = { text: string; date?: string };

const monthNames = new Map<string, string[]>();

/** The month names a locale writes in a full date ("June"; "июня" in Russian, which declines them). */
function monthNamesInDates(locale: string): string[] {
  let names = monthNames.get(locale);
  const own = OWN_DATE_WORDS[locale];
  if (own) return [...own.months];
  if (!names) {
    const format = dateFormat(locale, 'long');
    names = Array.from({ length: 12 }, (_, month) => format.formatToParts(new Date(Date.UTC(2000, month, 1))).find((part) => part.type === 'month')!.value);
    monthNames.set(locale, names);
  }
  return names;
}

/**
 * Splits quoted text around the full dates in it ("4 June 2008"), so that a page can mark each
 * one up as `<time datetime>`: a quote is kept word for word, and its dates still read as dates.
 */
export function splitDates(text: string, locale: string): DatedText[] {
  const months = monthNamesInDates(locale);
  const pattern = new RegExp(`\\b(\\d{1,2}) (${months.join('|')}) (\\d{4})\\b`, 'gu');
  const parts: DatedText[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const [whole, day, month, year] = match as unknown as [string, string, string, string];
    const date = `${year}-${String(months.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (!isCalendarDate(date)) continue;
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: whole, date });
    from = match.index + whole.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
