/**
 * Two builds of the same source give byte-identical release files, whatever the machine's time
 * zone, so an organisation can publish checksums and a recipient can check a copy: a copy of the
 * project, built in another time zone with the same reference date, writes the same SHA256SUMS as
 * the build the site tests check.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIn, makeProjectCopy, PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';
import { sourceDateEpoch } from '../../scripts/lib/source-date.ts';
import { RELEASE } from '../support/site';

describe('the release', () => {
  it('is the same, byte for byte, when built again elsewhere (another folder, another time zone)', () => {
    const project = makeProjectCopy();
    try {
      const { status, output } = buildIn(project.dir, { SOURCE_DATE_EPOCH: String(sourceDateEpoch(process.env, PROJECT_ROOT)), TZ: 'Asia/Almaty' });
      expect(status, output).toBe(0);
      // The build names every help line that nobody has confirmed in the last 12 months.
      expect(output).toContain('[contacts] content/contacts/kyrgyzstan.yaml: 189 (Kyrgyzstan)');
      const sums = readFileSync(join(RELEASE, 'SHA256SUMS'), 'utf8');
      expect(sums).toMatch(/offline\.zip/);
      // The PDFs too: Chromium's clock-stamped dates are rewritten from SOURCE_DATE_EPOCH.
      for (const pdf of ['seminar-slides-en.pdf', 'seminar-handout-ru.pdf', 'exercise-cards-en.pdf', 'short-card-ru.pdf']) expect(sums).toContain(`  ${pdf}\n`);
      expect(readFileSync(join(project.dir, 'release', 'SHA256SUMS'), 'utf8')).toBe(sums);
    } finally {
      project.remove();
    }
  });
});
