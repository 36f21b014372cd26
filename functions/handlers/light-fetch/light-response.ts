import { bodyArrayBuffer, bodyBytes, bodyText, LightBodyStream, rawBodyOf, type RawBody } from './light-body.js';
import { LightHeaders, type LightHeadersInit } from './light-headers.js';
import { hasBrand, nativeFetchClass } from './native-fetch.js';

/** What `new Response(body, init)` takes here; a `Response` passes as `init` (Hono copies responses so). */
export interface LightResponseInit {
  status?: number;
  statusText?: string;
  headers?: LightHeadersInit | LightHeaders | Headers;
}

/**
 * The Fetch standard's `Response` for the bodies an API answers with (JSON, text, bytes, none),
 * in plain TypeScript, so that Hono's responses in the Lambda never load Node's `fetch`
 * implementation (the technique of `@hono/node-server`'s lightweight response, without its
 * prototype link to the native class, which alone would load it). Anything it does not do itself
 * (a stream or `FormData` body, `blob()`, `formData()`) goes to a native `Response` made from it
 * on first need, loading undici only then.
 */
export class LightResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: LightHeaders;
  readonly redirected = false;
  readonly type = 'default';
  readonly url = '';
  readonly #raw: RawBody;
  // Set when the body is of a kind only the native class reads (a stream, FormData…).
  readonly #native: Response | undefined;
  #used = false;

  /** Node's own responses (say, a `fetch` reply) pass as one too. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, 'Response');
  }

  /** `Response.json(data, init)`, as Hono's helpers and the standard have it. */
  static json(data: unknown, init: LightResponseInit = {}): LightResponse {
    const headers = new LightHeaders(init.headers as LightHeadersInit);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new LightResponse(JSON.stringify(data), { ...init, headers });
  }

  /** `Response.redirect(url, status)`. */
  static redirect(url: string | URL, status = 302): LightResponse {
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Response.redirect: ${status} is not a redirect status`);
    return new LightResponse(null, { status, headers: { location: new URL(url).href } });
  }

  /** `Response.error()`: a network error has no light form, so it is Node's own. */
  static error(): Response {
    return nativeFetchClass('Response').error();
  }

  constructor(body?: unknown, init: LightResponseInit = {}) {
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) throw new RangeError(`Response: status ${status} is not in 200–599`);
    this.status = status;
    this.statusText = init.statusText ?? '';
    this.headers = new LightHeaders(init.headers as LightHeadersInit | undefined);
    const raw = rawBodyOf(body);
    if (raw !== null && (status === 204 || status === 205 || status === 304)) throw new TypeError(`Response: status ${status} cannot have a body`);
    if (raw === undefined) {
      // A body only Node's class can read: it sets the content type such a body implies, too.
      this.#native = new (nativeFetchClass('Response'))(body as BodyInit, { status, statusText: this.statusText, headers: [...this.headers] });
      this.headers = new LightHeaders(this.#native.headers);
      this.#raw = null;
      return;
    }
    this.#raw = raw;
    if (typeof raw === 'string' && !this.headers.has('content-type')) this.headers.set('content-type', 'text/plain;charset=UTF-8');
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.#native ? this.#native.bodyUsed : this.#used;
  }

  get body(): LightBodyStream | ReadableStream<Uint8Array> | null {
    if (this.#native) return this.#native.body;
    if (this.#raw === null) return null;
    return new LightBodyStream(this.#raw, () => this.#use());
  }

  async text(): Promise<string> {
    if (this.#native) return this.#native.text();
    return bodyText(this.#use());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.#native) return this.#native.arrayBuffer();
    return bodyArrayBuffer(this.#use());
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    return this.#toNative().blob();
  }

  async formData(): Promise<FormData> {
    return this.#toNative().formData();
  }

  clone(): LightResponse {
    if (this.bodyUsed) throw new TypeError('Response.clone: the body is already used');
    if (this.#native) return new LightResponse(this.#native.clone().body, this);
    return new LightResponse(this.#raw, this);
  }

  get [Symbol.toStringTag](): string {
    return 'Response';
  }

  /** The body, once: a second read fails as the standard's does. */
  #use(): RawBody {
    if (this.#used) throw new TypeError('Response: the body is already used');
    this.#used = true;
    return this.#raw;
  }

  #toNative(): Response {
    if (this.#native) return this.#native;
    const raw = this.#use();
    return new (nativeFetchClass('Response'))(raw === null ? null : typeof raw === 'string' ? raw : (bodyBytes(raw) as Uint8Array<ArrayBuffer>), { status: this.status, statusText: this.statusText, headers: [...this.headers] });
  }
}
