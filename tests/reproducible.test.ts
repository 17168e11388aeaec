/**
 * Two builds of the same source give byte-identical release files, whatever the machine's time
 * zone, so an organisation can publish checksums and a recipient can check a copy.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildIn, makeProjectCopy } from './support/fixture-project';

describe('the release', () => {
  it('is the same, byte for byte, when built twice (in two time zones)', () => {
    const project = makeProjectCopy(() => {});
    try {
      const sums: string[] = [];
      for (const TZ of ['UTC', 'Asia/Almaty']) {
        rmSync(join(project.dir, 'dist'), { recursive: true, force: true });
        const env = { SOURCE_DATE_EPOCH: '1700000000', TZ };
        const { status, output } = buildIn(project.dir, env);
        expect(status, output).toBe(0);
        // The build names every help line that nobody has confirmed in the last 12 months.
        expect(output).toContain('[contacts] content/contacts/kyrgyzstan.yaml: 189 (Kyrgyzstan)');
        // The build itself writes release/ (the kit's integration in astro.config.mjs).
        sums.push(readFileSync(join(project.dir, 'release', 'SHA256SUMS'), 'utf8'));
      }
      expect(sums[0]).toMatch(/offline\.zip/);
      expect(sums[1]).toBe(sums[0]);
    } finally {
      project.remove();
    }
  });
});
