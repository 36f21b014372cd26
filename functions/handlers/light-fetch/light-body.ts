/** A body the light classes hold and read themselves: text, bytes, or none. */
export type RawBody = string | Uint8Array | null;

const RAW = Symbol('raw body');

/**
 * What a light `Response`/`Request` hands out as `.body`: the Fetch standard says a
 * `ReadableStream`, and every stream method here makes one (on first use), but Hono's habit of
 * copying a response, `new Response(res.body, res)`, passes it along without ever creating the
 * stream: the new response takes the same text or bytes.
 */
export class LightBodyStream {
  readonly [RAW]: string | Uint8Array;
  readonly #onRead: () => void;
  #stream: ReadableStream<Uint8Array> | undefined;

  constructor(raw: string | Uint8Array, onRead: () => void) {
    this[RAW] = raw;
    this.#onRead = onRead;
  }

  /** The stream itself; reading it uses the body up, as it does for a native body. */
  stream(): ReadableStream<Uint8Array> {
    if (!this.#stream) {
      this.#onRead();
      const bytes = bodyBytes(this[RAW]);
      this.#stream = new ReadableStream<Uint8Array>({
        start(controller) {
          if (bytes.length) controller.enqueue(bytes);
          controller.close();
        },
      });
    }
    return this.#stream;
  }

  get locked(): boolean {
    return this.#stream?.locked ?? false;
  }

  getReader(...args: Parameters<ReadableStream<Uint8Array>['getReader']>) {
    return this.stream().getReader(...(args as []));
  }

  pipeTo(...args: Parameters<ReadableStream<Uint8Array>['pipeTo']>) {
    return this.stream().pipeTo(...args);
  }

  pipeThrough<T>(...args: Parameters<ReadableStream<Uint8Array>['pipeThrough']>): ReadableStream<T> {
    return this.stream().pipeThrough(...args) as ReadableStream<T>;
  }

  tee() {
    return this.stream().tee();
  }

  cancel(reason?: unknown) {
    return this.stream().cancel(reason);
  }

  [Symbol.asyncIterator]() {
    return (this.stream() as unknown as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  }
}

/**
 * The text or bytes of a body the light classes can hold without Node's `fetch` classes, or
 * `undefined` for any other kind (a stream, a `Blob`, `FormData`, `URLSearchParams`), which
 * they hand to the native class instead.
 */
export function rawBodyOf(body: unknown): RawBody | undefined {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof LightBodyStream) return body[RAW];
  return undefined;
}

/** The body as text (UTF-8; bytes that are not UTF-8 become U+FFFD, as `TextDecoder` does). */
export function bodyText(raw: RawBody): string {
  if (raw === null) return '';
  if (typeof raw === 'string') return raw;
  return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
}

/** The body as bytes (text encoded as UTF-8). */
export function bodyBytes(raw: RawBody): Uint8Array {
  if (raw === null) return new Uint8Array(0);
  if (typeof raw === 'string') return new Uint8Array(Buffer.from(raw, 'utf8'));
  return raw;
}

/** A fresh `ArrayBuffer` holding the body: the caller may keep or change it freely. */
export function bodyArrayBuffer(raw: RawBody): ArrayBuffer {
  const bytes = bodyBytes(raw);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}
