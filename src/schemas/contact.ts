import { z } from 'astro/zod';
import { COUNTRIES } from '../lib/countries';
import { isPartialDate } from '../lib/contact-status';
import { seedDateSchema } from './seed-date';

/**
 * A help line as a public source published it. `source` and `published` are required: a number
 * whose origin and age are unknown is not shown.
 */
export const contactSchema = z.strictObject({
  /**
   * The number as the source prints it: digits, with spaces, hyphens, parentheses and a leading
   * `+` if the source has them; one number a field. The `tel:` link keeps the `+` and the digits.
   */
  number: z.string().regex(/^\+?[\d ()-]*\d[\d ()-]*$/, {
    error: 'must be one phone number: digits, with spaces, hyphens, parentheses and a leading + as the source prints it (give another number its own entry)',
  }),
  /** What it is: the interface string `contact.kind.<kind>` in every language. */
  kind: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be a kind like "anti-trafficking-hotline" (its words are the string contact.kind.<kind>)'),
  /** Where it answers, if the source says: the interface string `contact.place.<place>`. */
  place: z
    .string()
    .regex(/^[a-z]+(-[a-z]+)*$/)
    .optional(),
  /** Who published it. */
  source: z.string({ error: 'is required: who published this number?' }).min(1),
  /** When it was published, as precisely as the source says: "2018", "2017-04" or "2012-06-13". */
  published: z
    .string({ error: 'is required: when was this number published? ("2018", "2017-04" or "2012-06-13", quoted)' })
    .refine(isPartialDate, { error: 'must be a year, a month or a day: "2018", "2017-04" or "2012-06-13"' }),
  /** The day a deploying organisation confirmed that the number works, if it has. */
  confirmed: seedDateSchema.optional(),
});

export const countryContactsSchema = z.strictObject({
  country: z.enum(COUNTRIES, { error: `must be one of the seed's countries: ${COUNTRIES.join(', ')}` }),
  /** Empty where no public source gives one: the page says so. */
  contacts: z.array(contactSchema),
});

export type Contact = z.infer<typeof contactSchema>;
