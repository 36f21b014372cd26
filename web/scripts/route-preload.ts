import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/** What the plugin reads of a built chunk (a subset of Rollup's `OutputChunk`). */
export interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
}

/** What the plugin reads of a built asset. */
export interface AssetInfo {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}

/** A built bundle as the plugin sees it: file name to chunk or asset. */
export type BundleInfo = Record<string, ChunkInfo | AssetInfo>;

/** The files a page's route chunk needs that the entry has not already loaded: its chunk and its static imports. */
export function routeFiles(bundle: BundleInfo, moduleSuffix: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is ChunkInfo => c.type === 'chunk');
  const route = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(moduleSuffix));
  if (!route) throw new Error(`route-preload: no chunk is built from ${moduleSuffix}`);
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const chunk = bundle[file];
      if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
    };
    roots.forEach(visit);
    return seen;
  };
  const loaded = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  return [...closure([route.fileName])].filter((f) => !loaded.has(f));
}

/**
 * The start-up script: on a path one of `routes` matches, `<link rel="modulepreload">` for that
 * route's files. Plain ES2017 in one statement, no app code: it runs before the entry is parsed.
 */
export function preloadScript(routes: { pattern: string; files: string[] }[], base: string): string {
  const table = JSON.stringify(routes.map((r) => [r.pattern, r.files.map((f) => base + f)]));
  // After the start module's first read has gone out (`__dabiaoStart.sent`, src/app/early-start.ts),
  // and at low priority: on HTTP/1.1 (six connections a host) the form's reads go first.
  return `Promise.resolve(window.__dabiaoStart?.sent).then(()=>{for(const[p,f]of ${table})if(new RegExp(p).test(location.pathname))for(const h of f){const l=document.createElement("link");l.rel="modulepreload";l.fetchPriority="low";l.href=h;document.head.append(l)}});\n`;
}

/** `module`'s `call` export, bundled alone and minified into a script that calls it once. */
export async function bundleStart(module: string, call: string): Promise<string> {
  const out = await build({
    stdin: { contents: `import { ${call} } from ${JSON.stringify(module)}; ${call}();`, resolveDir: dirname(module), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/**
 * Opened straight on a page whose code is a lazy chunk (a link to a form, a reload), the browser
 * would learn of that chunk and its imports only once the entry (the largest file) has downloaded
 * and run, and then fetch them in a second round. This plugin writes a small script, loaded from
 * `index.html` before the entry, that asks for them at once by path, so they download while the
 * entry does. An external file, not inline: the hosting's Content-Security-Policy allows only
 * `script-src 'self'`. `routes`: path pattern (a RegExp source) to the page's module path suffix;
 * `start`: a module (path from the app's root) whose export `call` the script runs first (the
 * form's early reads, `src/app/early-start.ts`); the preloads wait for its `sent`.
 */
export function routePreload(routes: Record<string, string>, start?: { module: string; call: string }): Plugin {
  let base = '/';
  let root = '.';
  return {
    name: 'dabiao:route-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    async generateBundle(_options, output) {
      const bundle = output as unknown as BundleInfo;
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      // Another page built with the app's config (the bench's bare JSON Forms and SurveyJS pages)
      // holds none of the modules named here: nothing to preload there.
      if (start && !existsSync(resolve(root, start.module))) return;
      const script = preloadScript(
        Object.entries(routes).map(([pattern, module]) => ({ pattern, files: routeFiles(bundle, module) })),
        base,
      );
      const early = start ? await bundleStart(resolve(root, start.module), start.call) : '';
      const ref = this.emitFile({ type: 'asset', name: 'route-preload.js', source: early + script });
      const file = base + this.getFileName(ref);
      // A classic script that holds the parser: it runs the moment it arrives, while the preload
      // scanner has already asked for the entry and the stylesheet (a module script, even async,
      // ran only once the entry had downloaded).
      html.source = String(html.source).replace(/<script type="module"/, `<script src="${file}"></script>\n    $&`);
    },
  };
}
