import { describe, expect, it } from 'vitest';
import { afterDate, compareCalendarDates, formatCalendarDate, isCalendarDate, splitDates } from '../../src/lib/calendar-date';

describe('isCalendarDate', () => {
  it('accepts real days', () => {
    expect(isCalendarDate('2000-12-13')).toBe(true);
    expect(isCalendarDate('2004-02-29')).toBe(true);
  });
  it('rejects days that do not exist, which YAML would silently roll over', () => {
    expect(isCalendarDate('2001-02-30')).toBe(false);
    expect(isCalendarDate('2003-02-29')).toBe(false);
    expect(isCalendarDate('2003-13-01')).toBe(false);
    expect(isCalendarDate('2003-04-31')).toBe(false);
    expect(isCalendarDate('2003-00-10')).toBe(false);
  });
  it("rejects other spellings, including the seed's own DD.MM.YY", () => {
    expect(isCalendarDate('13.12.00')).toBe(false);
    expect(isCalendarDate('2000-12-3')).toBe(false);
    expect(isCalendarDate('no')).toBe(false);
  });
});

describe('compareCalendarDates', () => {
  it('orders days', () => {
    expect(compareCalendarDates('2000-12-13', '2003-10-02')).toBeLessThan(0);
    expect(compareCalendarDates('2003-10-02', '2000-12-13')).toBeGreaterThan(0);
    expect(compareCalendarDates('2002-07-08', '2002-07-08')).toBe(0);
  });
});

describe('formatCalendarDate', () => {
  it("writes the day in words for the locale, whatever the machine's time zone", () => {
    expect(formatCalendarDate('2000-12-13', 'en-GB')).toBe('13 December 2000');
    expect(formatCalendarDate('2003-01-01', 'en-GB')).toBe('1 January 2003');
    expect(formatCalendarDate('2000-12-13', 'ru')).toMatch(/^13 декабря 2000/);
  });
  it('refuses a date that does not exist', () => {
    expect(() => formatCalendarDate('2001-02-30', 'en-GB')).toThrow(RangeError);
  });
  it("writes the month in full in every language of the region, in the language's own words where Node's ICU abbreviates it", () => {
    // ICU gives «8 июл, 2002» (uz-Cyrl), «8 Июл 2002» (tg) and «8-iyul, 2002» (uz).
    expect(formatCalendarDate('2002-07-08', 'uz')).toBe('2002-yil 8-iyul');
    expect(formatCalendarDate('2002-07-08', 'uz-Cyrl')).toBe('2002-йил 8-июль');
    expect(formatCalendarDate('2002-09-08', 'uz-Cyrl')).toBe('2002-йил 8-сентябрь');
    expect(formatCalendarDate('2002-07-08', 'tg')).toBe('8 июли соли 2002');
    // Where ICU writes the month in full, its words.
    expect(formatCalendarDate('2002-07-08', 'ky')).toBe('2002-ж., 8-июль');
    expect(formatCalendarDate('2002-07-08', 'kk')).toBe('2002 ж. 8 шілде');
  });
});

describe('dates in quoted text', () => {
  it('finds an English full date and gives its calendar date', () => {
    expect(splitDates('all laws of 4 June 2008 (zakonpravo.kz)', 'en-GB')).toEqual([
      { text: 'all laws of ' },
      { text: '4 June 2008', date: '2008-06-04' },
      { text: ' (zakonpravo.kz)' },
    ]);
  });
  it('finds a Russian date, whose month is declined', () => {
    expect(splitDates('законы от 4 июня 2008 года', 'ru')).toEqual([{ text: 'законы от ' }, { text: '4 июня 2008', date: '2008-06-04' }, { text: ' года' }]);
  });
  it('leaves alone a year alone, a month and year, and a day that does not exist', () => {
    expect(splitDates('in 2005, in May 2005, on 30 February 2004', 'en-GB')).toEqual([{ text: 'in 2005, in May 2005, on 30 February 2004' }]);
  });
});

describe('afterDate', () => {
  it('drops the full stop that would double a date’s own, and keeps every other word', () => {
    expect(afterDate('.', '3 декабря 2021 г.')).toBe('');
    expect(afterDate('. Since then…', '3 декабря 2021 г.')).toBe(' Since then…');
    expect(afterDate('.', '3 December 2021')).toBe('.');
    expect(afterDate(undefined, '2018 г.')).toBeUndefined();
  });
});
