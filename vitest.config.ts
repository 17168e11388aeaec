import { defineConfig } from 'vitest/config';

// Three kinds of test, each its own project, so the fast ones never wait for the slow:
// - unit: pure functions and the content files as text, in milliseconds;
// - build: real builds of copies of the project (bad content, a third language);
// - site: the kit built once and crawled once in Chromium (tests/site/setup.ts), then checked.
export default defineConfig({
  test: {
    // Vitest gives one worker per core but one; a test file mostly waits for Chromium or a build
    // (other processes), so on a 2-core machine three files at a time finish sooner.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/setup.ts'],
          // Driving Chromium takes seconds, not milliseconds.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // What a test waits for in the page (expect.poll) comes within a second alone, but can
          // take several under the whole suite's load on two cores (seen in CI): wait up to 20 s.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
