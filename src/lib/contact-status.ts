/**
 * Help-line numbers age: each shows when it was published and whether anyone has confirmed it
 * since. A number never confirmed, or confirmed more than 12 months before the build's reference
 * date, is shown as possibly changed (and the build warns).
 */
import { isCalendarDate, OWN_DATE_WORDS, ownDateText } from './calendar-date';

/** A year ("2018"), a month ("2017-04") or a day ("2012-06-13"): as precisely as the source dates it. */
export function isPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  if (/^\d{4}-\d{2}$/.test(value)) return isCalendarDate(`${value}-01`);
  return isCalendarDate(value);
}

/** A partial date in words, as precise as it is: "2018", "April 2017", "13 June 2012". */
export function formatPartialDate(value: string, locale: string): string {
  if (!isPartialDate(value)) throw new RangeError(`Not a year, month or day: ${JSON.stringify(value)}`);
  const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
  const parts =
    value.length === 4 ? { year: 'numeric' } : value.length === 7 ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
  const date = new Date(Date.UTC(year, month - 1, day));
  const own = OWN_DATE_WORDS[locale];
  if (own) return ownDateText(own, value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day', year, month, day);
  if (value.length === 4) return `${year}${yearSuffix(locale)}`;
  return new Intl.DateTimeFormat(locale, { ...(parts as Intl.DateTimeFormatOptions), timeZone: 'UTC' }).format(date);
}

/**
 * What a locale writes after the year of a date ("2018 г." in Russian, nothing in English), from
 * its full date format: `Intl` writes a year alone as bare digits, but a language that marks the
 * year in a date marks it alone too.
 */
function yearSuffix(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(2000, 0, 1)),
  );
  const year = parts.findIndex((part) => part.type === 'year');
  const after = parts[year + 1];
  return year === parts.length - 2 && after?.type === 'literal' ? after.value : '';
}

export type ContactStatus = { kind: 'unconfirmed' } | { kind: 'confirmed'; date: string } | { kind: 'stale'; date: string };

/** The date twelve months before a calendar date (29 February falls back to 28 February). */
function yearBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const previous = `${year - 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(previous) ? previous : `${year - 1}-02-28`;
}

export function contactStatus(confirmed: string | undefined, referenceDate: string): ContactStatus {
  if (confirmed === undefined) return { kind: 'unconfirmed' };
  return confirmed < yearBefore(referenceDate) ? { kind: 'stale', date: confirmed } : { kind: 'confirmed', date: confirmed };
}
