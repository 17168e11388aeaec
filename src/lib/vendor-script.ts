import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type VendorScript = 'reveal.js' | 'reveal.js/plugin/notes';

/** A package's UMD script, as text (for the single-file decks, which inline it). */
export function vendorScriptSource(specifier: VendorScript): Promise<string> {
  return readFile(require.resolve(specifier), 'utf8');
}

/**
 * A package's UMD script as a response, so a static route writes it to dist/ as a plain file that
 * decks load with a classic `<script src>` (Chromium blocks module scripts on file://).
 */
export async function vendorScript(specifier: VendorScript): Promise<Response> {
  const source = await readFile(require.resolve(specifier));
  return new Response(source, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
