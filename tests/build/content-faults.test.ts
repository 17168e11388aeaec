/**
 * Real builds of bad content. The fault cases themselves are unit tests
 * (tests/unit/content-check.test.ts, content-faults.test.ts); these two builds prove what only a
 * build can: that Astro stops, names every faulty file at once, runs nothing the content asks it
 * to run, and leaves dist/ and release/ as the last good build left them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIn, makeFixture, type ContentFault } from '../support/fixture-project';

/** A file the faulty content would write if any of its code ran during the build. */
const RAN = join(tmpdir(), `kit-content-ran-${process.pid}`);

const faults: (ContentFault & { says: RegExp })[] = [
  {
    file: 'content/explainers/en/definition.mdx',
    find: '---\n\n',
    replace: `---\n\nimport { writeFileSync } from 'node:fs';\n\n{writeFileSync(${JSON.stringify(RAN)}, 'ran')}\n\n`,
    says: /content\/explainers\/en\/definition\.mdx:\d+: markup: imports "node:fs"/,
  },
  {
    file: 'content/pages/en/home.md',
    find: 'Some employers and agents lie',
    replace: '<script>alert(1)</script>\n\n<meta http-equiv="refresh" content="0;url=https://example.com">\n\nSome employers and agents lie',
    says: /content\/pages\/en\/home\.md:\d+: markup: <script> is not allowed[\s\S]*content\/pages\/en\/home\.md:\d+: markup: <meta> is not allowed/,
  },
  {
    file: 'content/pages/en/about.mdx',
    find: '\n\n',
    replace: '\n\n[the weather](https://example.com/weather) ![a logo](https://example.com/logo.png)\n\n',
    says: /content\/pages\/en\/about\.mdx:\d+: markup: a link to "https:\/\/example\.com\/weather"[\s\S]*a picture to "https:\/\/example\.com\/logo\.png"/,
  },
  {
    file: 'content/contacts/kyrgyzstan.yaml',
    find: 'number: "189"',
    replace: 'number: "1\u202E98"',
    says: /content\/contacts\/kyrgyzstan\.yaml:\d+: text: has the invisible character U\+202E/,
  },
  {
    file: 'content/contacts/tajikistan.yaml',
    find: '    published: "2012-06-13"\n',
    replace: '    published: "2012-06-13"\n    confirmed: "2999-01-01"\n',
    says: /content\/contacts\/tajikistan\.yaml: contacts\.0\.confirmed: 2999-01-01 is later than today/,
  },
  {
    file: 'content/instruments/1-organized-crime-convention.yaml',
    find: 'ratification: "2003-10-02"',
    replace: 'ratification: "2003-02-30"',
    says: /content\/instruments\/1-organized-crime-convention\.yaml: parties\.1\.ratification: .*real calendar date/,
  },
];

describe('npm run build on bad content', () => {
  it('stops before building anything, names every faulty file and field at once, and runs none of their code', () => {
    const fixture = makeFixture(...faults);
    try {
      const { status, output } = buildIn(fixture.dir, { SOURCE_DATE_EPOCH: '1700000000' });
      expect(status, output).not.toBe(0);
      expect(output).toContain(`The content has`);
      for (const { says } of faults) expect(output).toMatch(says);
      expect(existsSync(RAN), "the content's code ran").toBe(false);
      expect(existsSync(join(fixture.dir, 'dist'))).toBe(false);
    } finally {
      fixture.remove();
    }
  });

  it('that fails only when the pages are made (a seed slide used twice) names the file, and leaves dist/ and release/ as they were', () => {
    const fixture = makeFixture({ file: 'content/escape-barriers/en/02-vulnerable.mdx', find: 'seedSlide: 9', replace: 'seedSlide: 8' });
    try {
      // The last good build's output, as far as this test needs it.
      for (const folder of ['dist', 'release']) {
        mkdirSync(join(fixture.dir, folder), { recursive: true });
        writeFileSync(join(fixture.dir, folder, 'last-good-build.txt'), 'kept');
      }
      const { status, output } = buildIn(fixture.dir, { SOURCE_DATE_EPOCH: '1700000000' });
      expect(status, output).not.toBe(0);
      // The message names both files that claim slide 8.
      expect(output).toMatch(/seedSlide: 8 is also used by/);
      for (const file of ['content/escape-barriers/en/02-vulnerable.mdx', 'content/attracts-traffickers/en/01-what-attracts-traffickers.mdx'])
        expect(output).toContain(file);
      for (const folder of ['dist', 'release']) expect(readdirSync(join(fixture.dir, folder)), folder).toEqual(['last-good-build.txt']);
    } finally {
      fixture.remove();
    }
  });
});
