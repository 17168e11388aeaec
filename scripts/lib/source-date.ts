// The build's reference moment, never the clock: SOURCE_DATE_EPOCH when it is set, else the
// date of the last commit. It dates the release zip and decides which help-line numbers are
// overdue for confirmation, so two builds of one commit agree.
import { execFileSync } from 'node:child_process';

/** Seconds since 1970. `cwd` is a folder inside the git checkout. */
export function sourceDateEpoch(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): number {
  if (env.SOURCE_DATE_EPOCH) {
    const seconds = Number(env.SOURCE_DATE_EPOCH);
    if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, not "${env.SOURCE_DATE_EPOCH}"`);
    return seconds;
  }
  try {
    return Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    throw new Error('No SOURCE_DATE_EPOCH and no git history to date the build: set SOURCE_DATE_EPOCH (seconds since 1970).');
  }
}
