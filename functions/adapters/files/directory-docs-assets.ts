import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocsAssets } from '../../api/docs-routes.js';

/** Serves Swagger UI files from a directory, read once and kept in memory. */
export function directoryDocsAssets(dir: string): DocsAssets {
  const cache = new Map<string, Promise<Uint8Array | undefined>>();
  return {
    read(file) {
      if (!cache.has(file)) cache.set(file, readFile(join(dir, file)).catch(() => undefined));
      return cache.get(file)!;
    },
  };
}

/** Where the installed `swagger-ui-dist` package keeps its files (local runs and tests). */
export function swaggerUiDistDir(): string {
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}
