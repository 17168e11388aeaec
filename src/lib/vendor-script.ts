import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package's UMD script as a response, so a static route writes it to dist/ as a plain file that
 * decks load with a classic `<script src>` (Chromium blocks module scripts on file://).
 */
export async function vendorScript(specifier: 'reveal.js' | 'reveal.js/plugin/notes'): Promise<Response> {
  const source = await readFile(require.resolve(specifier));
  return new Response(source, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
