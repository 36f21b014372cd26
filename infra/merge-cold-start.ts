import { buildSync } from 'esbuild';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Folds the chunks a bundle's entry imports statically into the entry itself, after esbuild's
 * code splitting, so a cold start loads one file instead of the entry and 10–25 small chunks.
 *
 * Why: esbuild places a module by the set of entry points (the handler and each `import()`
 * target) that reach it, so the code every cold start needs is spread over many chunks shared
 * with the lazy ones. Node's ES module loader pays about 0.5 ms of CPU per file (resolve, stat,
 * read, link) before compiling anything (test/bench/README.md, "Lambda bundles"), for the floor's
 * one file as for each of ours.
 *
 * How: the entry is bundled again with its static chunks inlined (esbuild reads their source maps,
 * so the new map still points at the TypeScript); every lazily loaded chunk that imported one of
 * those chunks now imports the same bindings from the entry, so each module still has one instance
 * (one `DomainError` class, one client). The rewritten import statements are blanked in place
 * (same length, so the chunk's source map stays right) and re-stated at the end of the chunk;
 * imports are hoisted, so where they stand does not matter. Synchronous, for CDK's local bundling.
 */
export function mergeColdStartChunks(outdir: string, options: FoldOptions): void {
  foldStaticChunks(outdir, join(outdir, 'index.mjs'), options);
}

/**
 * Folds into the lazily imported chunk whose name is `name` (esbuild's `<name>-<hash>.mjs`, the
 * chunk of the module `<name>.ts` when only `import()` reaches it) the chunks it imports
 * statically, after `mergeColdStartChunks`, so loading it is one file instead of it and the chunks
 * it shares with other lazy code. Those other chunks then import what they shared from it, so
 * loading one of them loads it too (in the API: the checklist compiler, the exports, the OpenAPI
 * document, the KMS signer; test/bench/README.md, "Lambda bundles").
 */
export function mergeLazyChunk(outdir: string, name: string, options: FoldOptions): void {
  const chunksDir = join(outdir, 'chunks');
  const matches = readdirSync(chunksDir).filter((file) => new RegExp(`^${name}-[A-Z0-9]+\\.mjs$`).test(file));
  if (matches.length !== 1) throw new Error(`expected one lazy chunk named ${name} in ${chunksDir}, found ${matches.length}`);
  foldStaticChunks(outdir, join(chunksDir, matches[0]!), options);
}

/** How to bundle a lead again; `keep`: other files the bundle imports that stay files (absolute paths: a bundle's islands). */
interface FoldOptions {
  target: string;
  minify: boolean;
  keep?: readonly string[];
}

/** `lead` (the entry or a chunk) with every chunk it imports statically, transitively, inlined; see above. */
function foldStaticChunks(outdir: string, lead: string, options: FoldOptions): void {
  const entry = join(outdir, 'index.mjs');
  const chunksDir = join(outdir, 'chunks');
  // The entry's own static chunks were folded into it first; a chunk's closure stops at the entry.
  const inlined = staticChunks(lead, entry);
  if (inlined.length === 0) return;
  const inlinedNames = new Set(inlined.map((file) => basename(file)));
  const lazy = readdirSync(chunksDir).filter((file) => file.endsWith('.mjs') && !inlinedNames.has(file) && join(chunksDir, file) !== lead);
  // How the chunks that stay import the lead.
  const leadSpec = lead === entry ? '../index.mjs' : `./${basename(lead)}`;
  const tag = lead === entry ? '' : 'L';

  // The bindings lazy chunks take from inlined chunks: `<chunk>` → exported names.
  const wanted = new Map<string, Set<string>>();
  const alias = (chunk: string, name: string) => `$${tag}${[...inlinedNames].indexOf(chunk).toString(36)}_${name}`;
  const rewritten = new Map<string, string>();
  for (const file of lazy) {
    const path = join(chunksDir, file);
    const code = readFileSync(path, 'utf8');
    const restated: string[] = [];
    const blanked = code.replace(IMPORT_STATEMENT, (statement: string, names: string | undefined, spec: string) => {
      const chunk = spec.slice(2);
      if (!inlinedNames.has(chunk)) return statement;
      const bindings = (names ?? '').split(',').filter(Boolean).map((binding) => {
        const [imported, local = imported] = binding.split(' as ') as [string, string?];
        (wanted.get(chunk) ?? wanted.set(chunk, new Set()).get(chunk)!).add(imported);
        return `${alias(chunk, imported)} as ${local}`;
      });
      restated.push(bindings.length ? `import{${bindings.join(',')}}from"${leadSpec}";` : `import"${leadSpec}";`);
      return ' '.repeat(statement.length);
    });
    // Anything else naming an inlined chunk (a dynamic import, a re-export) would load a second copy of it.
    for (const chunk of inlinedNames) if (blanked.includes(`"./${chunk}"`)) throw new Error(`${file} refers to ${chunk} other than by a static import; it cannot be inlined`);
    if (restated.length) rewritten.set(path, withTrailingImports(blanked, restated));
  }
  if (dirname(lead) !== chunksDir) {
    for (const file of inlined) {
      // An inlined chunk moves from chunks/ to the bundle's root, which `import.meta.url` would see.
      const metaUses = readFileSync(file, 'utf8').split('import.meta').length - 1;
      if (metaUses > 1) throw new Error(`${basename(file)} reads import.meta beyond the banner; inlining it would move it`);
    }
  }

  // The lead again, with its static chunks bundled in and the bindings above exported.
  const leadName = basename(lead);
  const firstPass = lead.replace(/\.mjs$/, '.first-pass.mjs');
  renameSync(lead, firstPass);
  renameSync(`${lead}.map`, `${firstPass}.map`);
  rewriteMapReference(firstPass, `${leadName}.map`, `${basename(firstPass)}.map`);
  const chunkPrefix = lead === entry ? './chunks/' : './';
  const exportsOfChunks = [...wanted].map(([chunk, names]) => `export{${[...names].map((name) => `${name} as ${alias(chunk, name)}`).join(',')}}from"${chunkPrefix}${chunk}";`);
  buildSync({
    stdin: { contents: `export*from"./${basename(firstPass)}";${exportsOfChunks.join('')}`, resolveDir: dirname(lead), sourcefile: `merged-${leadName}`, loader: 'js' },
    outfile: lead,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: options.target,
    minify: options.minify,
    sourcemap: true,
    sourcesContent: false,
    // The first pass's banner (Node's `require` for CommonJS dependencies) is inside the code already.
    // Chunks that stay lazy stay files, and so does the entry for a lazy lead: given as absolute
    // paths, esbuild writes each import of one relative to the new file (an inlined chunk's
    // `import("./x.mjs")` was relative to chunks/).
    external: [...lazy.map((file) => join(chunksDir, file)), ...(lead === entry ? [] : [entry]), ...(options.keep ?? [])],
    logLevel: 'warning',
  });
  for (const [path, code] of rewritten) writeFileSync(path, code);
  for (const file of [firstPass, ...inlined]) {
    rmSync(file);
    rmSync(`${file}.map`, { force: true });
  }
}

/**
 * The shared chunks (esbuild's `chunk-<hash>.mjs`) `file` imports statically, transitively, not
 * following imports of `stop` nor of another lazy module's chunk (one folded before: it stays a
 * file of its own, which this one then imports).
 */
function staticChunks(file: string, stop: string): string[] {
  const seen = new Set<string>();
  const visit = (at: string) => {
    for (const [, spec] of readFileSync(at, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.mjs)"/g)) {
      const next = resolve(dirname(at), spec!);
      if (next === stop || next === file || seen.has(next) || !basename(next).startsWith('chunk-')) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(file);
  return [...seen];
}

/** A static import or re-export of a sibling chunk as esbuild writes it minified: `import{a as b,c}from"./chunk-X.mjs";` or `import"./chunk-X.mjs";`. */
const IMPORT_STATEMENT = /import(?:\{([^}]*)\}from)?"(\.\/[^"]+\.mjs)";/g;

/** `code` with `imports` on a line of their own before the source map comment (no mappings there). */
function withTrailingImports(code: string, imports: string[]): string {
  const comment = code.lastIndexOf('\n//# sourceMappingURL=');
  const at = comment === -1 ? code.length : comment;
  return `${code.slice(0, at)}\n${imports.join('')}${code.slice(at)}`;
}

function rewriteMapReference(file: string, from: string, to: string): void {
  const code = readFileSync(file, 'utf8');
  writeFileSync(file, code.replace(`//# sourceMappingURL=${from}`, `//# sourceMappingURL=${to}`));
}
