/**
 * The kit depends on nothing it does not use, and on one copy of each thing: every dependency in
 * package.json is imported by the kit's code or tests, or is a tool that a script runs; and
 * rolldown, which the kit imports itself (src/lib/inline-script.ts) and Vite bundles with, is
 * asked for in Vite's own range, so npm installs it once.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** Tools run by a command (package.json's scripts, .ci/run) rather than imported, and why each is there. */
const TOOLS: Record<string, string> = {
  astro: 'npm run build, check, dev, preview',
  '@astrojs/check': 'astro check (npm run check)',
  typescript: 'astro check',
  vitest: 'npm test',
  prettier: 'npm run format:check',
  'prettier-plugin-astro': 'named in .prettierrc.json',
};

function codeFiles(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('package.json', () => {
  const code = ['src', 'scripts', 'tests']
    .flatMap(codeFiles)
    .concat(join(PROJECT_ROOT, 'astro.config.mjs'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const imported = (name: string) => new RegExp(`(?:from |import\\(|resolve\\()['"]${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:/[^'"]*)?['"]`).test(code);

  it('lists only what the kit imports or runs', () => {
    const unused = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => {
      if (name in TOOLS) return false;
      // A package of types serves the package it is named after.
      const served = name.startsWith('@types/') ? name.slice('@types/'.length) : name;
      return !imported(served) && !(served === 'node' && /from 'node:/.test(code));
    });
    expect(unused).toEqual([]);
  });

  it('asks for rolldown in the range Vite asks for, and npm installed one copy', () => {
    const vite = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'vite', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies.rolldown).toBe(vite.dependencies.rolldown);
    const nested = readdirSync(join(PROJECT_ROOT, 'node_modules'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        entry.name.startsWith('@') ? readdirSync(join(PROJECT_ROOT, 'node_modules', entry.name)).map((name) => `${entry.name}/${name}`) : [entry.name],
      )
      .filter((name) => existsSync(join(PROJECT_ROOT, 'node_modules', name, 'node_modules', 'rolldown')));
    expect(nested).toEqual([]);
  });
});
