import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** Pass/fail/skip counts of a run, where a failure outside any test (setup, import) counts as failed. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Counts a run's tests, plus every module or suite that failed on its own: a module that throws
 * on import, or a suite whose `beforeAll`/`afterAll` throws. Vitest marks the tests of such a suite
 * skipped (or never collects them), so counting tests alone would report a broken run as "0 failed".
 * Unhandled errors count too: vitest fails the run for them.
 */
export function countRun(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): RunCounts {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const module of testModules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') counts.failed += 1;
      else counts.skipped += 1;
    }
    for (const suite of [module, ...module.children.allSuites()]) {
      if (suite.errors().length) counts.failed += 1;
    }
  }
  counts.failed += unhandledErrors.length;
  return counts;
}

/**
 * Ends a run with one plain line, `N passed, N failed[, N skipped]`, which CI reads as the test
 * count whatever the runner; vitest's own summary stays above it. "failed" includes modules and
 * suites that failed outside a test (see {@link countRun}).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    const counts = countRun(testModules, unhandledErrors);
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}\n`);
  }
}
