// The shortest version as plain text, to paste into one chat message: downloads/short-<locale>.txt,
// also a file of release/. Longer than one message (SHORT_TEXT_LIMIT) stops the build. It starts
// with a byte-order mark, so that a phone or a computer opening the file from disk reads it as
// UTF-8 (Cyrillic included); copying the text leaves the mark behind.
import type { APIContext } from 'astro';
import { localePaths } from '../../data/site';
import { shortVersionOf } from '../../data/short-version';
import { fitsOneMessage, shortText } from '../../lib/short-version';

export const getStaticPaths = () => localePaths((content, site) => ({ content, contacts: site.contacts }));

export function GET({ props, locals }: APIContext<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']>): Response {
  const { content, contacts } = props;
  const { t, locale } = locals;
  const text = fitsOneMessage(shortText(shortVersionOf(content, contacts, t), { telegram: t('help.telegram'), sources: t('short.sources') }), locale);
  return new Response(`\uFEFF${text}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
