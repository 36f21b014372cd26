import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['functions/**/*.test.ts', 'forms/**/*.test.ts', 'seeds/**/*.test.ts', 'infra/**/*.test.ts', 'test/**/*.test.ts', 'web/scripts/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/bench/**'],
    testTimeout: 20000,
    // The browser tests build the web app and run Chromium beside the other files: setup hooks elsewhere get slower.
    hookTimeout: 60000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
