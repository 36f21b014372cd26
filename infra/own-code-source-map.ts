import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A source map as esbuild writes it (version 3, no `sourcesContent`: `sourcesContent: false`). */
export interface RawSourceMap {
  version: number;
  sources: string[];
  names: string[];
  mappings: string;
  sourcesContent?: (string | null)[];
  [key: string]: unknown;
}

/**
 * The map with only our own code mapped: every segment pointing into a dependency
 * (`isDependency`) becomes unmapped, and the sources and names only those segments used are
 * dropped.
 *
 * Why: with `--enable-source-maps`, Node reads and `JSON.parse`s the whole map of every module it
 * loads, during the cold start (not lazily on the first stack trace). In the API's map the AWS SDK,
 * Hono and valibot are ≈ 80 % of the segments; a stack trace through them is read from the error's
 * message and our own frames, which stay mapped to the TypeScript (file, line, column, name). A
 * frame inside a dependency shows the bundle's line and column instead (test/bench/README.md).
 *
 * An unmapped stretch starts with a one-field segment (a generated column and no source): a map
 * reader looks up the last segment at or before a position, so without it a dependency's code
 * would be reported at the line of our code before it.
 */
export function keepOwnMappings(map: RawSourceMap, isDependency: (source: string) => boolean): RawSourceMap {
  const sources: string[] = [];
  const names: string[] = [];
  const sourceIndex = new Map<number, number>();
  const nameIndex = new Map<number, number>();
  // Decoding state (fields are relative to the previous segment) and encoding state, apart.
  const read = { source: 0, line: 0, column: 0, name: 0 };
  const write = { source: 0, line: 0, column: 0, name: 0 };
  let mapped = false;
  const lines = map.mappings.split(';').map((line) => {
    let readColumn = 0;
    let writeColumn = 0;
    const out: string[] = [];
    for (const segment of line ? line.split(',') : []) {
      const fields = decodeVlq(segment);
      readColumn += fields[0]!;
      if (fields.length > 1) {
        read.source += fields[1]!;
        read.line += fields[2]!;
        read.column += fields[3]!;
        if (fields.length > 4) read.name += fields[4]!;
      }
      if (fields.length === 1 || isDependency(map.sources[read.source]!)) {
        if (mapped) {
          out.push(encodeVlq([readColumn - writeColumn]));
          writeColumn = readColumn;
        }
        mapped = false;
        continue;
      }
      const source = indexOf(sourceIndex, sources, read.source, map.sources);
      const encoded = [readColumn - writeColumn, source - write.source, read.line - write.line, read.column - write.column];
      write.source = source;
      write.line = read.line;
      write.column = read.column;
      if (fields.length > 4) {
        const name = indexOf(nameIndex, names, read.name, map.names);
        encoded.push(name - write.name);
        write.name = name;
      }
      out.push(encodeVlq(encoded));
      writeColumn = readColumn;
      mapped = true;
    }
    return out.join(',');
  });
  const { sourcesContent: _dropped, ...rest } = map;
  return { ...rest, sources, names, mappings: lines.join(';') };
}

/**
 * Applies `keepOwnMappings` to every `.map` of a bundle (`index.mjs.map`, an island's
 * `<name>.mjs.map` and `chunks/*.map`), treating anything under `node_modules/` as a dependency.
 * Synchronous, for CDK's local bundling.
 */
export function keepOwnMappingsInBundle(outdir: string): void {
  const isDependency = (source: string) => source.includes('/node_modules/') || source.startsWith('node_modules/');
  const chunksDir = join(outdir, 'chunks');
  const maps = (dir: string) => safeList(dir).filter((file) => file.endsWith('.mjs.map')).map((file) => join(dir, file));
  const files = [...maps(outdir), ...maps(chunksDir)];
  for (const file of files) {
    const map = JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap;
    writeFileSync(file, JSON.stringify(keepOwnMappings(map, isDependency)));
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The new index of `values[old]` in `kept`, adding it on first use. */
function indexOf(index: Map<number, number>, kept: string[], old: number, values: string[]): number {
  let at = index.get(old);
  if (at === undefined) {
    at = kept.push(values[old]!) - 1;
    index.set(old, at);
  }
  return at;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, i) => [char, i]));

/** The numbers of one Base64 VLQ segment. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Not a Base64 VLQ digit: ${char}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = 0;
    shift = 0;
  }
  return values;
}

/** One Base64 VLQ segment of `values`. */
export function encodeVlq(values: number[]): string {
  let out = '';
  for (const number of values) {
    let value = number < 0 ? -number * 2 + 1 : number * 2;
    do {
      let digit = value & 31;
      value = Math.floor(value / 32);
      if (value > 0) digit |= 32;
      out += BASE64[digit];
    } while (value > 0);
  }
  return out;
}
