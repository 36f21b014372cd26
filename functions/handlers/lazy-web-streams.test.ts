import { execFileSync } from 'node:child_process';
import { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { describe, expect, it } from 'vitest';
import { ReadableStream, TransformStream, WritableStream } from './lazy-web-streams.js';

describe('lazy web streams (the bundles\' node:stream/web)', () => {
  it('constructs working streams of Node\'s own classes', async () => {
    const stream = new ReadableStream<string>({ start: (c) => { c.enqueue('a'); c.close(); } });
    expect(stream).toBeInstanceOf(NodeReadableStream);
    const chunks: string[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks).toEqual(['a']);
    expect(new WritableStream()).toBeInstanceOf(globalThis.WritableStream);
    expect(new TransformStream()).toBeInstanceOf(globalThis.TransformStream);
  });

  it('answers instanceof like the real class (what middy asks of a handler\'s response body)', () => {
    expect(new NodeReadableStream() instanceof ReadableStream).toBe(true);
    expect({} instanceof ReadableStream).toBe(false);
    expect((new String('body') as unknown) instanceof ReadableStream).toBe(false);
  });

  it('forwards static members', async () => {
    const chunks: number[] = [];
    const from = (ReadableStream as unknown as { from(items: Iterable<number>): AsyncIterable<number> }).from;
    for await (const chunk of from([1, 2])) chunks.push(chunk);
    expect(chunks).toEqual([1, 2]);
  });

  it('loads Node\'s web streams only on first use, not on import', () => {
    const url = new URL('./lazy-web-streams.ts', import.meta.url).href;
    const script = `const m = await import(${JSON.stringify(url)}); const before = process.moduleLoadList.includes('NativeModule internal/webstreams/readablestream'); new m.ReadableStream(); console.log(JSON.stringify({ before, after: process.moduleLoadList.includes('NativeModule internal/webstreams/readablestream') }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ before: false, after: true });
  });
});
