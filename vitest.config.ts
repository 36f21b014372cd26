import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['functions/**/*.test.ts', 'forms/**/*.test.ts', 'seeds/**/*.test.ts', 'infra/**/*.test.ts', 'test/**/*.test.ts', 'web/scripts/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/bench/**'],
    testTimeout: 20000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
