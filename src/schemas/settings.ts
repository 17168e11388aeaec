import { z } from 'astro/zod';
import { seedDateSchema } from './seed-date';

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
 * The address of the kit's hosted site: its folder (ending in `/`), with no query or `#`, so that
 * every page's address is this one followed by the page's path (`https://example.org/kit/ru/index.html`).
 */
export const siteAddressSchema = httpsAddressSchema.refine(
  (value) => {
    const url = new URL(value);
    return url.pathname.endsWith('/') && url.search === '' && url.hash === '';
  },
  { error: 'must be the site\u2019s folder, ending in "/", with no "?" or "#" (https://example.org/kit/)' },
);

/**
 * A short line of plain text the organisation writes (a name, a place): one line, no markup. Astro
 * escapes it anyway; refusing `<` and `>` says at once that no markup is meant here.
 */
const settingsLine = (what: string, most: number) =>
  z
    .string({ error: `must be ${what}, as a quoted line of text` })
    .trim()
    .min(1, { error: `is empty: write ${what}, or leave the field out` })
    .max(most, { error: `is longer than ${most} characters: it has to fit on a title slide` })
    .refine((value) => !/[<>\n\r]/.test(value), { error: 'must be one line of plain text, with no "<" or ">"' });

/** The organisation that runs the seminar or hands out the kit. */
export const organisationSchema = z.strictObject({
  name: settingsLine('the organisation\u2019s name', 100),
  /**
   * A file beside kit.yaml: `logo.png`, `logo.jpg` or `logo.svg` (checked by src/lib/logo.ts: its
   * kind read from its bytes, its size, and an SVG with anything active removed).
   */
  logo: z
    .string({ error: 'must be the name of a file beside kit.yaml: logo.png, logo.jpg or logo.svg' })
    .regex(/^logo\.(png|jpe?g|svg)$/, { error: 'must be logo.png, logo.jpg, logo.jpeg or logo.svg, a file beside kit.yaml' })
    .optional(),
});

/**
 * `content/settings/kit.yaml`: what the organisation that hands out the kit sets for itself. Every
 * field but `quickExit` is optional: unset, the kit says nothing in its place.
 * - `organisation`, `presenter`, `date`, `place`: on the decks' title slides (never on the
 *   reader's pages, which name no organisation: a reader who is watched must not be seen reading
 *   a counter-trafficking organisation's pages).
 * - `siteAddress`: where the kit is hosted. Set, the hosted pages get canonical links, absolute
 *   language alternates and a sitemap, and the closing help slide and the printed one-screen card
 *   a QR code to the hosted reader edition. The offline zip and the single files never carry them.
 * - `quickExit`: per language, where Quick exit goes on the kit's hosted site (http or https): a
 *   light, common, neutral site in the reader's language. From disk, and everywhere else, it goes
 *   to the kit's own neutral page (or a blank page in a file that opens alone).
 */
export const settingsSchema = z.strictObject({
  organisation: organisationSchema.optional(),
  presenter: settingsLine('the presenter\u2019s name', 80).optional(),
  date: seedDateSchema.optional(),
  place: settingsLine('the place of the seminar', 80).optional(),
  siteAddress: siteAddressSchema.optional(),
  quickExit: z.record(z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)?$/, { error: 'a key is a locale of the kit, like "ru"' }), httpsAddressSchema),
});

export type KitSettings = z.infer<typeof settingsSchema>;
