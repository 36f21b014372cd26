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
    sweep: 'functions/handlers/sweep.ts',
  },
  /** Files copied beside a bundle (repo-relative source, bundle-relative target): the API serves Swagger UI itself. */
  assets: {
    api: [
      ['node_modules/swagger-ui-dist/swagger-ui.css', 'swagger-ui/swagger-ui.css'],
      ['node_modules/swagger-ui-dist/swagger-ui-bundle.js', 'swagger-ui/swagger-ui-bundle.js'],
    ],
    scorer: [],
    sweep: [],
  },
} as const;
