// The kit's own inline code, as the build inlines it: every script of src/scripts/ (minified by
// src/lib/inline-script.ts, as the components inline them), reveal.js and its speaker-view plugin
// (inlined into the single-file decks), the speaker view's script and style, and the style sheets
// reveal.js's print view writes. The security policy allows these and nothing else (scripts/csp.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inlineOwnScript, inlineScriptSource } from '../../src/lib/inline-script.ts';
import { DECK_SIZES, printViewStyles } from '../../src/lib/deck-sizes.ts';
import { hash, type KitCode } from '../csp.ts';
import { speakerViewCode } from './speaker-view.ts';

/** The vendor scripts a single-file deck inlines (src/layouts/DeckLayout.astro). */
export const INLINED_VENDOR_SCRIPTS = ['reveal.js', 'reveal.js/plugin/notes'] as const;

export function kitCode(root: string): KitCode {
  const folder = join(root, 'src', 'scripts');
  const own = readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .map((file) => inlineOwnScript(readFileSync(join(folder, file), 'utf8')));
  const require = createRequire(join(root, 'package.json'));
  const vendor = INLINED_VENDOR_SCRIPTS.map((specifier) => inlineScriptSource(readFileSync(require.resolve(specifier), 'utf8')));
  const speakerView = speakerViewCode();
  return {
    scripts: new Set([...own, ...vendor].map(hash)),
    speakerView: { scripts: speakerView.scripts, styles: speakerView.styles, styleAttributes: speakerView.styleAttributes },
    printViewStyles: Object.values(DECK_SIZES).flatMap((size) => printViewStyles(size)),
  };
}
