import { execFileSync } from 'node:child_process';
import { ROOT } from './content';

/** vitest's global setup: build the site once, so the browser tests check what the source makes now. */
export default function buildSite(): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, stdio: 'pipe' });
}
