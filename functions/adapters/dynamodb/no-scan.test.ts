import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sources(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []))));
  return nested.flat();
}

/** Not a request path: local start-up copies a table from before gsi5–gsi7 (dynalite cannot change indexes in place). */
const START_UP_ONLY = new Set([join('functions', 'local', 'migrate-local-table.ts')]);

describe('request paths', () => {
  it('never Scan the table (ACCESS-PATTERNS.md: Get and Query only)', async () => {
    const offenders: string[] = [];
    for (const file of await sources('functions')) {
      if (START_UP_ONLY.has(file)) continue;
      if (/\bScan(Command|Input)?\b|\bscan\(/.test(await readFile(file, 'utf8'))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
