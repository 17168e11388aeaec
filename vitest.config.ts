import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Building fixtures and driving Chromium take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'content',
          include: ['tests/unit/**/*.test.ts', 'tests/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/browser/**/*.test.ts'],
          // Builds the site once into dist/ before the browser tests read it.
          globalSetup: ['tests/support/build-site.ts'],
        },
      },
    ],
  },
});
