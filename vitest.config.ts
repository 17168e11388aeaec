import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once into dist/ before the browser tests read it.
    globalSetup: ['tests/support/build-site.ts'],
    // Building fixtures and driving Chromium take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
