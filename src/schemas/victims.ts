import { z } from 'astro/zod';
import { COUNTRIES } from '../lib/countries';

/** A count from the seed, or "no data" where the seed's cell is empty (never 0). */
export const assistedCountSchema = z.union([z.number().int().nonnegative(), z.literal('no data')], {
  error: 'must be a whole number of people, or "no data" where the seed leaves the cell empty',
});

/** The seed's table of victims assisted by IOM (its slide 16), per country and year. */
export const victimsAssistedSchema = z
  .strictObject({
    seedSlide: z.number().int().min(1).max(16),
    title: z.string().min(1),
    years: z.array(z.number().int()).min(1),
    rows: z.array(
      z.strictObject({
        country: z.enum(COUNTRIES, { error: `must be one of the seed's countries: ${COUNTRIES.join(', ')}` }),
        assisted: z.record(z.string().regex(/^\d{4}$/, 'must be a year'), assistedCountSchema),
      }),
    ),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, index) => {
      for (const year of table.years) {
        if (!(String(year) in row.assisted)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'assisted', String(year)],
            message: `is missing for ${row.country}: give a number or "no data"`,
          });
        }
      }
    });
    COUNTRIES.forEach((country) => {
      const count = table.rows.filter((row) => row.country === country).length;
      if (count !== 1) ctx.addIssue({ code: 'custom', path: ['rows'], message: `${country} must appear once, not ${count} times` });
    });
  });

export type VictimsAssisted = z.infer<typeof victimsAssistedSchema>;
export type AssistedCount = z.infer<typeof assistedCountSchema>;
