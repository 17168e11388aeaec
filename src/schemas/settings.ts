import { z } from 'astro/zod';

/**
 * An address the kit may send a reader to: `https:`, with no user name or password in it (the
 * only links to another host the kit writes come from the settings file).
 */
export const httpsAddressSchema = z.url({ protocol: /^https$/, error: 'must be an https:// address' }).refine(
  (value) => {
    const url = new URL(value);
    return url.username === '' && url.password === '';
  },
  { error: 'must not carry a user name or a password' },
);

/**
 * `content/settings/kit.yaml`: what the organisation that hands out the kit sets for itself.
 * - `quickExit`: per language, where Quick exit goes on the kit's hosted site (http or https): a
 *   light, common, neutral site in the reader's language. From disk, and everywhere else, it goes
 *   to the kit's own neutral page (or a blank page in a file that opens alone).
 */
export const settingsSchema = z.strictObject({
  quickExit: z.record(z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)?$/, { error: 'a key is a locale of the kit, like "ru"' }), httpsAddressSchema),
});
