import { buildSync, type BuildOptions } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mergeColdStartChunks, mergeLazyChunk } from './merge-cold-start.js';
import { keepOwnMappingsInBundle } from './own-code-source-map.js';

/**
 * The esbuild settings shared by the CDK bundling, `npm run build` and the bundle tests, so what
 * they check is what gets deployed.
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
    'seed-checklists': 'functions/handlers/seed-checklists.ts',
    sweep: 'functions/handlers/sweep.ts',
    'token-public-key': 'functions/handlers/token-public-key.ts',
  },
  /**
   * Most a cold start of a bundle may load, minified: its entry and the chunks the entry imports
   * statically (`coldStartFiles`; lazily imported chunks excluded). Parsing that code is most of
   * a cold start, so the time grows with it.
   */
  maxColdStartBytes: 600 * 1024,
  /**
   * Lazily imported modules (by file name) whose chunk is made one file with the chunks it
   * imports statically (`mergeLazyChunk`): what one kind of first request loads, in one file.
   */
  oneFileChunks: { api: ['signed-in', 'publishing', 'checklist-report-services'] } as Partial<Record<'api' | 'scorer' | 'seed-checklists' | 'sweep' | 'token-public-key', readonly string[]>>,
  /**
   * Modules bundled on their own beside a bundle's `index.mjs` (with chunks of their own, named
   * `<name>-…`): the handler imports them with `import('./<name>.mjs')` from a module that sits in
   * the entry, and the handler's build leaves that import as written. For third-party code the
   * handler loads lazily and shares SDK packages with its cold start: built with the handler,
   * esbuild would put the parts only it uses into the chunks the init shares (see s3-sdk.mts).
   */
  islands: { api: { 's3-sdk': 'functions/handlers/s3-sdk.mts' } } as Partial<Record<'api' | 'scorer' | 'seed-checklists' | 'sweep' | 'token-public-key', Readonly<Record<string, string>>>>,
} as const;

/** The name of one bundle. */
export type HandlerName = keyof typeof HANDLER_BUNDLE.entries;

/**
 * esbuild options for one handler: `<outdir>/index.mjs` plus lazily imported chunks beside it
 * (code splitting, so a dynamic `import()` such as the XLSX writer's stays out of the cold start);
 * `buildHandlerBundle` then folds the chunks the entry imports statically into it.
 */
export function handlerBuildOptions(projectRoot: string, name: HandlerName, outdir: string): BuildOptions {
  return {
    entryPoints: { index: join(projectRoot, HANDLER_BUNDLE.entries[name]) },
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: HANDLER_BUNDLE.target,
    mainFields: [...HANDLER_BUNDLE.mainFields],
    banner: { js: HANDLER_BUNDLE.banner },
    minify: HANDLER_BUNDLE.minify,
    sourcemap: true,
    sourcesContent: false,
    // Bundle the SDK too: the runtime's copy lags behind the versions the code was tested with.
    // Only the handler's islands stay outside, built next to it (`buildIslands`).
    external: Object.keys(HANDLER_BUNDLE.islands[name] ?? {}).map((island) => `./${island}.mjs`),
    // Middy imports Node's web streams for a mode no handler uses; the stand-in forwards to the
    // same classes, loaded on first use instead of in every cold start (see the file).
    alias: { 'node:stream/web': join(projectRoot, 'functions/handlers/lazy-web-streams.ts') },
    logLevel: 'warning',
  };
}

/**
 * One handler's bundle as it deploys, in `outdir`: esbuild with the options above (`overrides`
 * only for the bench's floors, which must be built alike), then the chunks its cold start loads
 * folded into `index.mjs` (merge-cold-start.ts), and those of each of its `oneFileChunks` into
 * that chunk, its source maps cut to our own code, then its
 * data files. Synchronous, because CDK's local bundling is; `npm run build`, the bench and the
 * bundle tests call this too.
 */
export function buildHandlerBundle(projectRoot: string, name: HandlerName, outdir: string, overrides: Partial<BuildOptions> = {}): void {
  buildSync({ ...handlerBuildOptions(projectRoot, name, outdir), ...overrides });
  // Not for the bench's floors (built with `overrides` under the API's name), which have no islands nor such chunks.
  const own = !overrides.entryPoints;
  const fold = { target: HANDLER_BUNDLE.target, minify: HANDLER_BUNDLE.minify, keep: own ? buildIslands(projectRoot, name, outdir) : [] };
  mergeColdStartChunks(outdir, fold);
  if (own) for (const chunk of HANDLER_BUNDLE.oneFileChunks[name] ?? []) mergeLazyChunk(outdir, chunk, fold);
  // Maps of our own code only: Node parses a loaded module's whole map at load when source maps
  // are on, and the dependencies were ≈ 80 % of it (own-code-source-map.ts).
  keepOwnMappingsInBundle(outdir);
  copyHandlerData(projectRoot, name, outdir);
}

/**
 * The handler's `islands`, each an esbuild build of its own into `outdir`: `<name>.mjs`, and its
 * lazily imported chunks in `chunks/` named after it, so they meet no chunk of the handler's.
 * Returns their paths, which the handler's chunks then import as files.
 */
function buildIslands(projectRoot: string, name: HandlerName, outdir: string): string[] {
  return Object.entries(HANDLER_BUNDLE.islands[name] ?? {}).map(([island, entry]) => {
    buildSync({ ...handlerBuildOptions(projectRoot, name, outdir), entryPoints: { [island]: join(projectRoot, entry) }, chunkNames: `chunks/${island}-[name]-[hash]`, external: [] });
    return join(outdir, `${island}.mjs`);
  });
}

/**
 * Data files a bundle reads at run time, copied beside it: the seeding function publishes
 * `forms/<id>/checklist.json`, shipped as `forms/<id>.json`, after the standard scales they
 * reference (`forms/_shared/standard-scales.json`, shipped as `standard-scales.json`).
 */
export function copyHandlerData(projectRoot: string, name: HandlerName, outdir: string): void {
  if (name !== 'seed-checklists') return;
  const formsDir = join(projectRoot, 'forms');
  mkdirSync(join(outdir, 'forms'), { recursive: true });
  const scales = join(formsDir, '_shared', 'standard-scales.json');
  if (existsSync(scales)) copyFileSync(scales, join(outdir, 'standard-scales.json'));
  for (const entry of readdirSync(formsDir, { withFileTypes: true })) {
    const file = join(formsDir, entry.name, 'checklist.json');
    if (entry.isDirectory() && !entry.name.startsWith('_') && existsSync(file)) copyFileSync(file, join(outdir, 'forms', `${entry.name}.json`));
  }
}
