/**
 * A copy of the project in a temporary folder, with one fault put into its content, for the
 * tests that a build fails with a clear message. The copy shares node_modules (a symlink) but has
 * its own caches, so fixtures never touch the real project's dist/ or caches.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './content';

export interface ContentFault {
  /** The file to change, from the project's root. */
  file: string;
  /** Text that must occur in the file (a fixture that no longer matches fails loudly). */
  find: string;
  replace: string;
}

/** A copy of the project, changed by `prepare` (which gets the copy's folder). */
export function makeProjectCopy(prepare: (dir: string) => void): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kit-fixture-'));
  for (const part of ['src', 'content', 'public', 'seeds', 'scripts', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};\n` +
      `export default { ...config, cacheDir: './.astro-cache', vite: { ...config.vite, cacheDir: './.vite-cache' } };\n`,
  );
  prepare(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces text in a file of a project copy; text that is not there fails loudly. */
export function replaceIn(dir: string, file: string, find: string, replace: string): void {
  const target = join(dir, file);
  const text = readFileSync(target, 'utf8');
  if (!text.includes(find)) throw new Error(`Fixture: ${file} does not contain ${JSON.stringify(find)}`);
  writeFileSync(target, text.replace(find, replace));
}

/** A copy of the project with one fault put into one file. */
export function makeFixture(fault: ContentFault): { dir: string; remove: () => void } {
  return makeProjectCopy((dir) => replaceIn(dir, fault.file, fault.find, fault.replace));
}

/** Runs `astro build` in a folder, with the kit's environment (scripts/astro.env) as `npm run build` has it; returns its exit status and everything it printed, without colours. */
export function buildIn(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [`--env-file=${join(dir, 'scripts/astro.env')}`, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    // A copy has no git history to date the build: a fixed reference date stands in for it.
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000', ...env },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}
