import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bodyLimit } from './body-limit.js';

/** An app that answers with the body it read, behind a 16-byte limit. */
function echo() {
  const app = new Hono();
  app.use('*', bodyLimit({ maxSize: 16, onError: (c) => c.json({ error: 'too large' }, 413) }));
  app.put('/echo', async (c) => c.text(await c.req.text()));
  return app;
}

/** A request whose `body` property counts its reads (what makes @hono/node-server build a web stream). */
function watched(body: string, headers: Record<string, string> = {}) {
  const request = new Request('http://localhost/echo', { method: 'PUT', body, headers: { 'content-length': String(Buffer.byteLength(body)), ...headers } });
  const reads = { body: 0 };
  const streamOf = Object.getOwnPropertyDescriptor(Request.prototype, 'body')!.get!;
  Object.defineProperty(request, 'body', {
    get() {
      reads.body += 1;
      return streamOf.call(request);
    },
  });
  return { request, reads };
}

/** A chunked body (no Content-Length), as a client streaming an upload sends it. */
function chunked(text: string) {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of [text.slice(0, 5), text.slice(5)]) controller.enqueue(new TextEncoder().encode(part));
      controller.close();
    },
  });
  return new Request('http://localhost/echo', { method: 'PUT', body: stream, duplex: 'half' } as RequestInit);
}

describe('bodyLimit', () => {
  it('passes a body within its declared length without touching the request stream', async () => {
    const { request, reads } = watched('{"a":1}');
    const res = await echo().fetch(request);
    expect([res.status, await res.text()]).toEqual([200, '{"a":1}']);
    expect(reads.body).toBe(0);
  });

  it('refuses a declared length over the limit before the route runs', async () => {
    const { request } = watched('x'.repeat(17));
    const res = await echo().fetch(request);
    expect([res.status, await res.json()]).toEqual([413, { error: 'too large' }]);
  });

  it('counts a chunked body as it is read: over the limit is refused, within it passes whole', async () => {
    const over = await echo().fetch(chunked('y'.repeat(40)));
    expect(over.status).toBe(413);
    const within = await echo().fetch(chunked('0123456789ab'));
    expect([within.status, await within.text()]).toEqual([200, '0123456789ab']);
  });
});
