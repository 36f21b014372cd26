import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The files a cold start loads: a bundle's `entry` and every chunk it imports statically,
 * transitively. Chunks reached only through `import()` are left out: they load on first use.
 */
export function coldStartFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.mjs)"/g)) visit(resolve(dirname(file), spec!));
  };
  visit(entry);
  return [...seen];
}
