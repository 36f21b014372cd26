import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['functions/**/*.test.ts', 'forms/**/*.test.ts', 'seeds/**/*.test.ts', 'infra/**/*.test.ts', 'test/**/*.test.ts', 'web/scripts/**/*.test.ts', 'web/src/**/*.test.ts'],
    // test/bench holds timed benchmarks (`npm run bench`), never run here; its *.test.ts files are
    // correctness tests of the floors and peers the benchmarks compare against.
    exclude: ['node_modules/**'],
    testTimeout: 20000,
    // Hooks start dynalite, synthesize CDK stacks or bundle Lambdas, and the browser tests build the
    // web app and run Chromium beside the other files: on a loaded 2-core machine that can take
    // longer than vitest's 10 s default without anything being wrong.
    hookTimeout: 60000,
    reporters: ['default', './test/summary-reporter.ts'],
    // The AWS SDK warns once per process on Node < 22 that its releases after January 2027 need 22.
    // The Lambdas run Node 22 (infra/handler-function.ts); here, every test file's clients printed
    // it, 30-odd times a run, burying failures in the output. `npm start` still shows it.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
