// What a build is made from, as one hash: every file of the parts a build reads (the same parts
// a project copy takes: scripts/lib/project-copy.ts), astro.config.mjs, package-lock.json (the
// installed versions) and the build's date (SOURCE_DATE_EPOCH, else the last commit's). The build
// writes it beside its output; the site tests build again only when it has changed, so that
// `npm test` right after `npm run build` (the README's two commands) tests that build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where the build writes the hash of its inputs. */
export const BUILD_INPUTS_FILE = '.astro/kit-build-inputs.txt';

const PARTS = ['src', 'content', 'public', 'seeds', 'scripts', 'tsconfig.json', 'package.json', 'package-lock.json', 'astro.config.mjs'];

export function buildInputsHash(root: string, epoch: number): string {
  const hash = createHash('sha256').update(`SOURCE_DATE_EPOCH=${epoch}\n`);
  for (const part of PARTS) {
    const path = join(root, part);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { withFileTypes: true, recursive: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
      : [path];
    for (const file of files.sort()) hash.update(`${relative(root, file).split(sep).join('/')}\n`).update(readFileSync(file));
  }
  return hash.digest('hex');
}
