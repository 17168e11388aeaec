import { dictionaries, formatMessage, LOCALES } from '../lib/i18n';
import { KIT_VERSION } from '../lib/kit';

/**
 * dist/README.txt, at the top of the offline zip: how to open the kit, in every language the
 * site has. Windows line endings, so Notepad shows the lines too.
 */
export function GET(): Response {
  const text = LOCALES.map((locale) => formatMessage(dictionaries[locale]!.kitReadme, { version: KIT_VERSION })).join('\n\n');
  return new Response(`${text.replace(/\n/g, '\r\n')}\r\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
