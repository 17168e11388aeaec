/**
 * Copies of the project with content changed, for the tests that build them
 * (scripts/lib/project-copy.ts makes and builds the copies).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeProjectCopy, type ProjectCopy } from '../../scripts/lib/project-copy.ts';

export { buildIn, makeProjectCopy } from '../../scripts/lib/project-copy.ts';

export interface ContentFault {
  /** The file to change, from the project's root. */
  file: string;
  /** Text that must occur in the file (a fixture that no longer matches fails loudly). */
  find: string;
  replace: string;
}

/** Replaces text in a file of a project copy; text that is not there fails loudly. */
export function replaceIn(dir: string, file: string, find: string, replace: string): void {
  const target = join(dir, file);
  const text = readFileSync(target, 'utf8');
  if (!text.includes(find)) throw new Error(`Fixture: ${file} does not contain ${JSON.stringify(find)}`);
  writeFileSync(target, text.replace(find, replace));
}

/** A copy of the project with these faults put into its files. */
export function makeFixture(...faults: ContentFault[]): ProjectCopy {
  return makeProjectCopy((dir) => {
    for (const fault of faults) replaceIn(dir, fault.file, fault.find, fault.replace);
  });
}
