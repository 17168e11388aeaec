// A copy of the project in a temporary folder, for builds that must not touch the checkout: the
// benchmark's, and the tests' fixture builds. The copy shares node_modules (a symlink) but has
// its own caches, dist/ and release/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a build needs from the checkout (node_modules is linked, not copied). */
const PARTS = ['src', 'content', 'public', 'seeds', 'scripts', 'tsconfig.json', 'package.json'];

export interface ProjectCopy {
  dir: string;
  remove: () => void;
}

/** A copy of the project, changed by `prepare` (which gets the copy's folder). */
export function makeProjectCopy(prepare: (dir: string) => void = () => {}, root: string = PROJECT_ROOT): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'kit-copy-'));
  for (const part of PARTS) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The project's own configuration, with caches of the copy's own (Vite's would be node_modules/.vite, shared).
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};\n` +
      `export default { ...config, root: ${JSON.stringify(dir)}, cacheDir: './.astro-cache', vite: { ...config.vite, cacheDir: './.vite-cache' } };\n`,
  );
  prepare(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BuildResult {
  status: number | null;
  /** Everything the build printed, without colours. */
  output: string;
}

/** The build's command line, as `npm run build` has it (package.json), run from `dir`. */
export function buildCommand(dir: string): string[] {
  return [`--env-file=${join(dir, 'scripts/astro.env')}`, '--max-semi-space-size=4', join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'];
}

/** Runs `astro build` in a folder with the kit's environment (scripts/astro.env), as `npm run build` does. */
export function buildIn(dir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, buildCommand(dir), {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}
