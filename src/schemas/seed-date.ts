import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/calendar-date';

/**
 * A date from the seed, written as a quoted `"YYYY-MM-DD"` string. Quoting matters: YAML reads
 * an unquoted 2001-02-30 as a Date and silently turns it into 2 March 2001.
 */
export const seedDateSchema = z
  .string({ error: 'write the date as a quoted string, "YYYY-MM-DD" (YAML changes unquoted dates)' })
  .refine(isCalendarDate, { error: 'is not a real calendar date written as "YYYY-MM-DD"' });

/** A treaty act in the seed's tables: the date it happened, or "no" where the seed says "no". */
export const treatyActSchema = z.string({ error: 'write "no" or a quoted date, "YYYY-MM-DD"' }).refine((value) => value === 'no' || isCalendarDate(value), {
  error: 'must be "no" or a real calendar date written as "YYYY-MM-DD"',
});
