import { z } from 'astro/zod';
import { COUNTRIES } from '../lib/countries';
import { compareCalendarDates } from '../lib/calendar-date';
import { seedDateSchema, treatyActSchema } from './seed-date';
import { sourceKeySchema } from './sources';

/**
 * One country's status under an instrument, as the seed's table gives it: a signature and a
 * ratification (each a date or "no"), or, where the seed has no signature and "acc" (Tajikistan's
 * protocols), an accession and nothing else.
 */
export const partyStatusSchema = z
  .strictObject({
    country: z.enum(COUNTRIES, { error: `must be one of the seed's countries: ${COUNTRIES.join(', ')}` }),
    signature: treatyActSchema.optional(),
    ratification: treatyActSchema.optional(),
    accession: seedDateSchema.optional(),
  })
  .superRefine((party, ctx) => {
    if (party.accession !== undefined) {
      for (const field of ['signature', 'ratification'] as const) {
        if (party[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `a state that acceded has no ${field}: keep either the accession or the ${field}`,
          });
        }
      }
      return;
    }
    for (const field of ['signature', 'ratification'] as const) {
      if (party[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'is missing: give a date, "no", or an accession instead' });
      }
    }
    const { signature, ratification } = party;
    if (signature === undefined || ratification === undefined || ratification === 'no') return;
    if (signature === 'no') {
      ctx.addIssue({ code: 'custom', path: ['ratification'], message: 'has a date but there is no signature: a state without a signature accedes' });
    } else if (compareCalendarDates(ratification, signature) < 0) {
      ctx.addIssue({ code: 'custom', path: ['ratification'], message: `${ratification} is before the signature, ${signature}` });
    }
  });

export type PartyStatus = z.infer<typeof partyStatusSchema>;

/** One of the seed's three international instruments (its slides 13 to 15). */
export const instrumentSchema = z.strictObject({
  seedSlide: z.number().int().min(1).max(16),
  /** The name as the seed's slide gives it. */
  seedName: z.string().min(1),
  /** When it entered into force (../shared/facts/sources.md §2), and who says so: a key of content/sources/<locale>/sources.yaml. */
  entryIntoForce: z.strictObject({ date: seedDateSchema, source: sourceKeySchema('who gives this date?') }),
  parties: z.array(partyStatusSchema).superRefine((parties, ctx) => {
    COUNTRIES.forEach((country) => {
      const count = parties.filter((party) => party.country === country).length;
      if (count !== 1) {
        ctx.addIssue({ code: 'custom', message: `${country} must appear once, not ${count} times` });
      }
    });
  }),
});

export type Instrument = z.infer<typeof instrumentSchema>;
