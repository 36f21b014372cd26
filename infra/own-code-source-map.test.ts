import { SourceMap, type SourceMapPayload } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeVlq, encodeVlq, keepOwnMappings, type RawSourceMap } from './own-code-source-map.js';

/** What Node's reader finds at a generated position (nothing: an empty object). */
const lookup = (map: RawSourceMap, line: number, column: number) => new SourceMap({ file: '', sourceRoot: '', ...map } as SourceMapPayload).findEntry(line, column) as { originalSource?: string; originalLine?: number; originalColumn?: number };

const isDependency = (source: string) => source.includes('node_modules/');

/** One generated line: our code at 0, a dependency at 10 and 20, ours again at 30 (a name), the dependency at 40. */
const MAP: RawSourceMap = {
  version: 3,
  sources: ['../functions/a.ts', '../node_modules/dep/index.js', '../functions/b.ts'],
  names: ['depName', 'ownName'],
  mappings: [
    encodeVlq([0, 0, 4, 2]),
    encodeVlq([10, 1, 96, 0, 0]),
    encodeVlq([10, 0, 3, 5]),
    encodeVlq([10, 1, -90, 1, 1]),
    encodeVlq([10, -1, 0, 0]),
  ].join(',') + ';' + encodeVlq([0, -1, -3, -3]),
};

describe('keepOwnMappings', () => {
  it('round-trips Base64 VLQ numbers, negative and large', () => {
    for (const values of [[0], [1, -1, 15, -16], [123456, -987654, 31, 32]]) expect(decodeVlq(encodeVlq(values))).toEqual(values);
  });

  it('maps our code as before and a dependency nowhere (not to the code before it), dropping its sources and names', () => {
    const trimmed = keepOwnMappings(MAP, isDependency);
    expect(trimmed.sources).toEqual(['../functions/a.ts', '../functions/b.ts']);
    expect(trimmed.names).toEqual(['ownName']);
    for (const [line, column] of [[0, 0], [0, 5], [0, 30], [0, 33], [1, 0], [1, 7]] as const) {
      const { originalSource, originalLine, originalColumn } = lookup(MAP, line, column);
      expect(originalSource).toBeDefined();
      expect(lookup(trimmed, line, column)).toMatchObject({ originalSource, originalLine, originalColumn });
    }
    for (const [line, column] of [[0, 10], [0, 15], [0, 20], [0, 40], [0, 99]] as const) {
      expect(lookup(MAP, line, column).originalSource).toMatch(/node_modules/);
      expect(lookup(trimmed, line, column).originalSource).toBeUndefined();
    }
  });
});
