/**
 * Screenshots to look at, taken only when asked (`SCREENSHOTS=1 npm test`): they land in
 * test-results/. A normal run takes none: nothing looks at them then, and each costs time.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

export const SHOTS = join(PROJECT_ROOT, 'test-results');
export const SCREENSHOTS = Boolean(process.env.SCREENSHOTS);

export async function screenshot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: join(SHOTS, `${name}.png`), ...('goto' in target ? options : {}) });
}
