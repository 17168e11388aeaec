import { z } from 'astro/zod';
import { CONTACT_COUNTRIES } from '../lib/countries';
import { isPartialDate } from '../lib/contact-status';
import { seedDateSchema } from './seed-date';
import { sourceKeySchema } from './sources';

/** A word of the interface: its words are the string `<prefix>.<key>` in every language. */
const stringKey = (what: string) =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `must be a key like "anti-trafficking-hotline" (its words are the string ${what}.<key>)`);

/**
 * When a source published something: as precisely as it says ("2018", "2017-04",
 * "2012-06-13"), or `undated` where the source gives no date. Never left out.
 */
export const publishedSchema = z.union(
  [
    z.literal('undated'),
    z
      .string({ error: 'is required: when was this published? ("2018", "2017-04" or "2012-06-13", quoted, or undated)' })
      .refine(isPartialDate, { error: 'must be a year, a month or a day ("2018", "2017-04" or "2012-06-13"), or undated' }),
  ],
  { error: 'is required: when was this published? ("2018", "2017-04" or "2012-06-13", quoted, or undated)' },
);

/**
 * A help line as a public source published it. `source` and `published` are required: a number
 * whose origin and age are unknown is not shown. What the line does is said only where the
 * source says it (`says`).
 */
export const contactSchema = z
  .strictObject({
    /**
     * The number as the source prints it: digits, with spaces, hyphens, parentheses and a leading
     * `+` if the source has them; one number a field. The `tel:` link keeps the `+` and the digits.
     */
    number: z
      .string()
      .regex(/^\+?[\d ()-]*\d[\d ()-]*$/, {
        error:
          'must be one phone number: digits, with spaces, hyphens, parentheses and a leading + as the source prints it (give another number its own entry)',
      })
      .optional(),
    /** A Telegram account, `@name`: shown as text, never a link to another host. */
    telegram: z
      .string()
      .regex(/^@[A-Za-z0-9_]{4,}$/, { error: 'must be a Telegram account, "@name"' })
      .optional(),
    /** What it is: the interface string `contact.kind.<kind>` in every language. */
    kind: stringKey('contact.kind'),
    /** Whom it is for, if not everyone: `contact.for.<for>`. */
    for: stringKey('contact.for').optional(),
    /** Where it answers, or from where to dial it, if the source says: `contact.place.<place>`. */
    place: stringKey('contact.place').optional(),
    /** What the source says the line does (free, hours, languages…): each `contact.says.<key>`. */
    says: z.array(stringKey('contact.says')).default([]),
    /** Who published it: a key of content/sources/<locale>/sources.yaml. */
    source: sourceKeySchema('who published this number?'),
    published: publishedSchema,
    /** A later report about the number, by another source (for example that nobody answered). */
    reported: z.strictObject({ source: sourceKeySchema('who reported this?'), published: publishedSchema, says: stringKey('contact.reported') }).optional(),
    /** The day a deploying organisation confirmed that the number works, if it has. */
    confirmed: seedDateSchema.optional(),
  })
  .superRefine((contact, ctx) => {
    if ((contact.number === undefined) === (contact.telegram === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'give exactly one of number and telegram' });
    }
  });

export const countryContactsSchema = z.strictObject({
  country: z.enum(CONTACT_COUNTRIES, { error: `must be one of: ${CONTACT_COUNTRIES.join(', ')}` }),
  /** Empty where no public source gives one: the page says so. */
  contacts: z.array(contactSchema),
});

export type Contact = z.infer<typeof contactSchema>;
