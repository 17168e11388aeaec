import { describe, expect, it } from 'vitest';
import { contactStatus, formatPartialDate, isPartialDate } from '../../src/lib/contact-status';
import { countryContactsSchema } from '../../src/schemas/contact';

describe('isPartialDate', () => {
  it('takes a year, a month or a day, as precisely as a source dates a number', () => {
    for (const value of ['2018', '2017-04', '2012-06-13']) expect(isPartialDate(value), value).toBe(true);
    for (const value of ['17', '2017-13', '2012-02-30', 'April 2017']) expect(isPartialDate(value), value).toBe(false);
  });
});

describe('formatPartialDate', () => {
  it('writes only as much as it knows', () => {
    expect(formatPartialDate('2018', 'en-GB')).toBe('2018');
    expect(formatPartialDate('2017-04', 'en-GB')).toBe('April 2017');
    expect(formatPartialDate('2012-06-13', 'en-GB')).toBe('13 June 2012');
  });

  it('marks a year alone as the language marks the year of a date («2018 г.» in Russian)', () => {
    // Intl keeps «г.» on the line of its year with a no-break space.
    const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaced(formatPartialDate('2018', 'ru'))).toBe('2018 г.');
    expect(spaced(formatPartialDate('2017-04', 'ru'))).toBe('апрель 2017 г.');
    expect(spaced(formatPartialDate('2012-06-13', 'ru'))).toBe('13 июня 2012 г.');
  });

  it("writes a year, a month or a day in the region's languages as they write them", () => {
    expect(formatPartialDate('2018', 'uz')).toBe('2018-yil');
    expect(formatPartialDate('2017-04', 'uz')).toBe('2017-yil aprel');
    expect(formatPartialDate('2017-04', 'uz-Cyrl')).toBe('2017-йил апрель');
    expect(formatPartialDate('2012-06-13', 'tg')).toBe('13 июни соли 2012');
    expect(formatPartialDate('2017-04', 'tg')).toBe('апрели соли 2017');
  });
});

describe('contactStatus', () => {
  it('is "unconfirmed" for a number nobody has confirmed', () => {
    expect(contactStatus(undefined, '2026-11-28')).toEqual({ kind: 'unconfirmed' });
  });
  it('is "confirmed" within 12 months of the reference date, "stale" before', () => {
    expect(contactStatus('2025-11-28', '2026-11-28')).toEqual({ kind: 'confirmed', date: '2025-11-28' });
    expect(contactStatus('2025-11-27', '2026-11-28')).toEqual({ kind: 'stale', date: '2025-11-27' });
    expect(contactStatus('2023-02-28', '2024-02-29')).toEqual({ kind: 'confirmed', date: '2023-02-28' });
  });
});

describe("a country's contacts", () => {
  const contact = { number: '189', kind: 'anti-trafficking-hotline', source: 'a-newsletter', published: '2017-04' };
  it('accept a number with its source and publication date', () => {
    expect(countryContactsSchema.safeParse({ country: 'Kyrgyzstan', contacts: [contact] }).success).toBe(true);
  });
  it('refuse a number without a source, or without a publication date', () => {
    const { source: _source, ...withoutSource } = contact;
    const { published: _published, ...withoutDate } = contact;
    const noSource = countryContactsSchema.safeParse({ country: 'Kyrgyzstan', contacts: [withoutSource] });
    const noDate = countryContactsSchema.safeParse({ country: 'Kyrgyzstan', contacts: [withoutDate] });
    expect(noSource.error?.issues[0]).toMatchObject({ path: ['contacts', 0, 'source'] });
    expect(noDate.error?.issues[0]).toMatchObject({ path: ['contacts', 0, 'published'] });
  });
  it('accept a source that gives no date, said so as `undated`, and a Telegram account instead of a number', () => {
    expect(countryContactsSchema.safeParse({ country: 'Russia', contacts: [{ ...contact, published: 'undated' }] }).success).toBe(true);
    const { number: _number, ...noNumber } = contact;
    expect(countryContactsSchema.safeParse({ country: 'Uzbekistan', contacts: [{ ...noNumber, telegram: '@Salom_migrant_bot' }] }).success).toBe(true);
  });
  it('refuse a line with both a number and a Telegram account, or with neither, and a country outside the kit', () => {
    const { number: _number, ...noNumber } = contact;
    expect(
      countryContactsSchema.safeParse({ country: 'Kyrgyzstan', contacts: [{ ...contact, telegram: '@Salom_migrant_bot' }] }).error?.issues[0],
    ).toMatchObject({
      path: ['contacts', 0, 'number'],
    });
    expect(countryContactsSchema.safeParse({ country: 'Kyrgyzstan', contacts: [noNumber] }).error?.issues[0]).toMatchObject({
      path: ['contacts', 0, 'number'],
    });
    expect(countryContactsSchema.safeParse({ country: 'Germany', contacts: [] }).error?.issues[0]).toMatchObject({ path: ['country'] });
  });
});
