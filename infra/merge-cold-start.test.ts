import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { coldStartFiles } from './cold-start-files.js';
import { buildHandlerBundle, HANDLER_BUNDLE } from './handler-bundle.js';
import { mergeLazyChunk } from './merge-cold-start.js';

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

  it('folds a lazy module\'s shared chunks into its own chunk (mergeLazyChunk): it loads as one file, the other lazy module takes the shared code from it', async () => {
    const src = join(dir, 'lazy-src');
    mkdirSync(src);
    const sources: Record<string, string> = {
      'both.ts': 'export const evaluations = { count: 0 };\nevaluations.count++;\nexport class Both {}\n',
      'group.ts': "import { Both, evaluations } from './both';\nexport { Both };\nexport const seen = () => evaluations.count;\n",
      'other.ts': "import { Both } from './both';\nexport const make = () => new Both();\n",
      'entry.ts': "export const handler = async () => {\n  const g = await import('./group');\n  const o = await import('./other');\n  return { sameClass: o.make() instanceof g.Both, evaluations: g.seen() };\n};\n",
    };
    for (const [file, code] of Object.entries(sources)) writeFileSync(join(src, file), code);
    const outdir = join(dir, 'lazy-out');
    buildHandlerBundle(root, 'api', outdir, { entryPoints: { index: join(src, 'entry.ts') } });
    expect(readdirSync(join(outdir, 'chunks')).filter((file) => file.startsWith('chunk-') && file.endsWith('.mjs'))).toHaveLength(1);
    mergeLazyChunk(outdir, 'group', { target: HANDLER_BUNDLE.target, minify: HANDLER_BUNDLE.minify });

    const chunks = readdirSync(join(outdir, 'chunks')).filter((file) => file.endsWith('.mjs')).sort();
    expect(chunks.map((file) => file.replace(/-[A-Z0-9]+\.mjs$/, ''))).toEqual(['group', 'other']);
    const group = join(outdir, 'chunks', chunks[0]!);
    expect(coldStartFiles(group)).toEqual([group]);
    expect(readFileSync(join(outdir, 'chunks', chunks[1]!), 'utf8')).toContain(`"./${chunks[0]}"`);

    const { handler } = (await import(pathToFileURL(join(outdir, 'index.mjs')).href)) as { handler: () => Promise<{ sameClass: boolean; evaluations: number }> };
    expect(await handler()).toEqual({ sameClass: true, evaluations: 1 });
    const map = JSON.parse(readFileSync(`${group}.map`, 'utf8')) as { sources: string[] };
    expect(map.sources.some((source) => source.endsWith('lazy-src/both.ts'))).toBe(true);
  });
});
