// The reader's set of one language for Kolibri (an HTML5 app zip) and for learning platforms (a
// SCORM 1.2 package). Both are the reader edition (the reader's set and the exercises' stories
// and answers, in one page that links only within itself) as `index.html` at the zip's root, with
// the language's neutral page beside it for Quick exit: inside Kolibri's frame, or a platform's,
// there is no way out to the web. One page, not many: moving between pages would reload a SCORM
// SCO and lose its session, and a single page needs nothing Kolibri's sandboxed frame blocks (no
// pop-up, no leaving the frame).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePage } from '../lib/package-page.ts';
import { writeZip } from '../lib/zip.ts';
import { CHARSET, policyFor, type KitCode } from '../csp.ts';
import { inlineOwnScript } from '../../src/lib/inline-script.ts';
import { routes } from '../../src/lib/routes.ts';
import { scormFile } from '../../src/lib/package-files.ts';

const PAGE = 'index.html';
const EXIT = 'notes.html';

/** The package's two pages: the reader edition, and the neutral page Quick exit goes to. */
function pages(dist: string, locale: string): { index: string; notes: string } {
  const holds = (path: string) => path === PAGE || path === EXIT;
  return {
    index: packagePage(readFileSync(join(dist, routes.singleReader(locale)), 'utf8'), { path: PAGE, holds, exit: EXIT }),
    notes: packagePage(readFileSync(join(dist, routes.neutral(locale)), 'utf8'), { path: EXIT, holds, exit: EXIT }),
  };
}

/** Kolibri's HTML5 app: `index.html` at the zip's root. */
export function kolibriZip(dist: string, locale: string, modified: Date): Buffer {
  const { index, notes } = pages(dist, locale);
  return writeZip(
    [
      { name: PAGE, data: Buffer.from(index, 'utf8') },
      { name: EXIT, data: Buffer.from(notes, 'utf8') },
    ],
    modified,
  );
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The SCORM 1.2 manifest: one organisation, one item, one SCO (`index.html`) and its files. */
export function scormManifest(locale: string, title: string, files: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="working-abroad-${xml(locale)}" version="1.2"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${xml(title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${PAGE}">
${files.map((file) => `      <file href="${xml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The SCORM 1.2 package: the reader edition with the kit's SCORM script (src/scripts/scorm.js:
 * "completed" when the end is reached, nothing else), its security policy written again for it.
 */
export function scormZip(dist: string, locale: string, title: string, modified: Date, kit: KitCode): Buffer {
  const { index, notes } = pages(dist, locale);
  const script = inlineOwnScript(readFileSync(new URL('../../src/scripts/scorm.js', import.meta.url), 'utf8'));
  const page = index
    .replace('<footer class="reader-footer"', '<footer class="reader-footer" data-package-end')
    .replace('</body>', `<script>${script}</script></body>`)
    .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '');
  const { policy, unknown } = policyFor('page', page, kit);
  if (unknown.length > 0) throw new Error(`${scormFile(locale)}: the page holds code the kit did not write: ${unknown.join('; ')}`);
  const secured = page.replace(CHARSET, `${CHARSET}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  return writeZip(
    [
      { name: 'imsmanifest.xml', data: Buffer.from(scormManifest(locale, title, [PAGE, EXIT]), 'utf8') },
      { name: PAGE, data: Buffer.from(secured, 'utf8') },
      { name: EXIT, data: Buffer.from(notes, 'utf8') },
    ],
    modified,
  );
}
