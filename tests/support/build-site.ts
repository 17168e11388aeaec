import { execFileSync } from 'node:child_process';
import { ROOT } from './content';

/**
 * vitest's global setup for the browser tests: build once (the site, its security policy, then
 * release/, all done by `astro build` with the kit's integration), so they check what the source makes now.
 * Astro runs with the kit's environment (scripts/astro.env), as `npm run build` runs it.
 */
export default function buildSite(): void {
  execFileSync(process.execPath, ['--env-file=scripts/astro.env', 'node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, stdio: 'pipe' });
}
