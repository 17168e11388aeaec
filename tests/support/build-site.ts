import { execFileSync } from 'node:child_process';
import { ROOT } from './content';
import { release } from '../../scripts/release.mjs';

/**
 * vitest's global setup for the browser tests: `npm run build` once (the site, then release/),
 * so they check what the source makes now.
 */
export default function buildSite(): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, stdio: 'pipe' });
  release({ root: ROOT });
}
