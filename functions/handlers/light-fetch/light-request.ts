import { bodyArrayBuffer, bodyBytes, bodyText, LightBodyStream, type RawBody } from './light-body.js';
import { LightHeaders } from './light-headers.js';
import { hasBrand, nativeFetchClass } from './native-fetch.js';

/**
 * The Fetch standard's `Request` as the Lambda adapter hands it to Hono (`api-gateway-adapter.ts`):
 * URL, method, headers and a body that is already whole (API Gateway delivers it so), read as
 * text, JSON or bytes without Node's `fetch` implementation. What only a native request does
 * (`formData()`, `blob()`, its `signal`) comes from one made on first need.
 */
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: LightHeaders;
  readonly #raw: RawBody;
  #used = false;
  #native: Request | undefined;

  /** Node's own requests pass as one too. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, 'Request');
  }

  constructor(url: string, init: { method: string; headers: LightHeaders; body?: Uint8Array | null }) {
    this.url = new URL(url).href;
    this.method = init.method.toUpperCase();
    this.headers = init.headers;
    this.#raw = init.body && init.body.byteLength ? init.body : null;
    if (this.#raw && (this.method === 'GET' || this.method === 'HEAD')) throw new TypeError(`Request: a ${this.method} request cannot have a body`);
  }

  get body(): LightBodyStream | null {
    return this.#raw === null ? null : new LightBodyStream(this.#raw, () => this.#use());
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  get signal(): AbortSignal {
    return this.#toNative().signal;
  }

  async text(): Promise<string> {
    return bodyText(this.#use());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return bodyArrayBuffer(this.#use());
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    const native = this.#toNative();
    this.#use();
    return native.blob();
  }

  async formData(): Promise<FormData> {
    const native = this.#toNative();
    this.#use();
    return native.formData();
  }

  clone(): LightRequest {
    if (this.#used) throw new TypeError('Request.clone: the body is already used');
    return new LightRequest(this.url, { method: this.method, headers: new LightHeaders(this.headers), body: this.#raw === null ? null : bodyBytes(this.#raw) });
  }

  get [Symbol.toStringTag](): string {
    return 'Request';
  }

  #use(): RawBody {
    if (this.#used) throw new TypeError('Request: the body is already used');
    this.#used = true;
    return this.#raw;
  }

  // Made before the body is used, from the same bytes; only `formData()`, `blob()` and `signal` need it.
  #toNative(): Request {
    if (this.#used && !this.#native) throw new TypeError('Request: the body is already used');
    this.#native ??= new (nativeFetchClass('Request'))(this.url, {
      method: this.method,
      headers: [...this.headers],
      body: this.#raw === null ? null : (bodyBytes(this.#raw) as Uint8Array<ArrayBuffer>),
    });
    return this.#native;
  }
}
