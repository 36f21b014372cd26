/**
 * The esbuild settings shared by the CDK bundling and `npm run build`, so what `build` checks is
 * what gets deployed.
 */
export const HANDLER_BUNDLE = {
  target: 'node22',
  mainFields: ['module', 'main'],
  // ESM output still meets CommonJS dependencies that call require() for Node built-ins.
  banner: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  minify: true,
  /** Entry points (repo-relative) and the name of their bundle. */
  entries: {
    api: 'functions/handlers/api.ts',
    scorer: 'functions/handlers/scorer.ts',
  },
} as const;
