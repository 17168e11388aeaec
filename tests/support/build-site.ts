import { execFileSync } from 'node:child_process';
import { ROOT } from './content';
import { release } from '../../scripts/release.mjs';
import { applyContentSecurityPolicy } from '../../scripts/csp.mjs';

/**
 * vitest's global setup for the browser tests: `npm run build` once (the site, its security policy, then release/),
 * so they check what the source makes now.
 */
export default function buildSite(): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, stdio: 'pipe' });
  applyContentSecurityPolicy();
  release({ root: ROOT });
}
