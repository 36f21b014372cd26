import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { coldStartFiles } from './cold-start-files.js';
import { buildHandlerBundle } from './handler-bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A handler whose init and lazy part share a module (a class and a counter of its evaluations):
 * esbuild puts that module in a chunk of its own, which the merge folds into the entry.
 */
const SOURCES: Record<string, string> = {
  'shared.ts': 'export const evaluations = { count: 0 };\nevaluations.count++;\nexport class Shared {}\n',
  'lazy.ts': "import { Shared, evaluations } from './shared';\nexport const make = () => new Shared();\nexport const seen = () => evaluations.count;\n",
  'entry.ts': "import { Shared } from './shared';\nexport const handler = async () => {\n  const lazy = await import('./lazy');\n  return { sameClass: lazy.make() instanceof Shared, evaluations: lazy.seen() };\n};\n",
};

describe('mergeColdStartChunks (through buildHandlerBundle)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dabiao-merge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the cold start one file, the lazy chunk sharing its modules (one instance each), source maps to the sources', async () => {
    mkdirSync(join(dir, 'src'));
    for (const [file, code] of Object.entries(SOURCES)) writeFileSync(join(dir, 'src', file), code);
    const outdir = join(dir, 'out');
    buildHandlerBundle(root, 'api', outdir, { entryPoints: { index: join(dir, 'src', 'entry.ts') } });

    const entry = join(outdir, 'index.mjs');
    expect(coldStartFiles(entry)).toEqual([entry]);
    // Only the lazy module's chunk is left; the shared one is inside the entry.
    const chunks = readdirSync(join(outdir, 'chunks')).filter((file) => file.endsWith('.mjs'));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/^lazy-/);

    const { handler } = (await import(pathToFileURL(entry).href)) as { handler: () => Promise<{ sameClass: boolean; evaluations: number }> };
    expect(await handler()).toEqual({ sameClass: true, evaluations: 1 });

    const map = JSON.parse(readFileSync(`${entry}.map`, 'utf8')) as { sources: string[] };
    expect(map.sources.some((source) => source.endsWith('src/shared.ts'))).toBe(true);
    expect(map.sources.some((source) => source.endsWith('.mjs'))).toBe(false);
  });
});
