import { hasBrand } from './native-fetch.js';

/** What `new Headers(init)` accepts: another headers object, name/value pairs or a record. */
export type LightHeadersInit = Iterable<readonly [string, string]> | Record<string, string | readonly string[]>;

// RFC 9110 token characters; the same names undici accepts.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A value may not carry NUL, CR or LF (header injection), as in undici.
const FORBIDDEN_IN_VALUE = /[\0\r\n]/;
const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
// Web IDL's ByteString: one byte per character, so Latin-1 at most. Node's Headers refuses
// anything above U+00FF (a Chinese file name in a header, say) instead of sending it mangled.
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

function checkedName(name: string): string {
  const text = String(name);
  if (!TOKEN.test(text)) throw new TypeError(`Headers: invalid header name "${text}"`);
  return text.toLowerCase();
}

function checkedValue(value: string): string {
  const raw = String(value);
  if (BEYOND_LATIN1.test(raw)) throw new TypeError('Headers: a header value may hold only characters up to U+00FF (ByteString)');
  const text = raw.replace(HTTP_WHITESPACE, '');
  if (FORBIDDEN_IN_VALUE.test(text)) throw new TypeError('Headers: invalid header value');
  return text;
}

/**
 * The Fetch standard's `Headers`, in plain TypeScript: names are case-insensitive and iterate
 * lower-cased in sorted order, repeated values combine with ", " except `set-cookie`, which stays
 * one entry per cookie (`getSetCookie`). It exists because Node's own `Headers` is a lazy global
 * whose first touch loads Node's whole `fetch` implementation (undici, 35–75 ms of CPU), and Hono
 * builds one for every response (see light-fetch-globals.ts).
 */
export class LightHeaders {
  readonly #values = new Map<string, string[]>();

  /** Node's own `Headers` (once loaded by someone) passes as one too, as its name promises. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, 'Headers');
  }

  constructor(init?: LightHeadersInit | null) {
    if (init === undefined || init === null) return;
    if (typeof (init as Iterable<unknown>)[Symbol.iterator] === 'function') {
      for (const pair of init as Iterable<readonly [string, string]>) {
        if (pair.length !== 2) throw new TypeError('Headers: each pair must be [name, value]');
        this.append(pair[0], pair[1]);
      }
      return;
    }
    for (const [name, value] of Object.entries(init as Record<string, string | readonly string[]>)) {
      if (Array.isArray(value)) for (const one of value as readonly string[]) this.append(name, one);
      else this.append(name, value as string);
    }
  }

  append(name: string, value: string): void {
    const key = checkedName(name);
    const values = this.#values.get(key);
    if (values) values.push(checkedValue(value));
    else this.#values.set(key, [checkedValue(value)]);
  }

  set(name: string, value: string): void {
    this.#values.set(checkedName(name), [checkedValue(value)]);
  }

  delete(name: string): void {
    this.#values.delete(checkedName(name));
  }

  get(name: string): string | null {
    return this.#values.get(checkedName(name))?.join(', ') ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(checkedName(name));
  }

  getSetCookie(): string[] {
    return [...(this.#values.get('set-cookie') ?? [])];
  }

  forEach(callback: (value: string, name: string, headers: LightHeaders) => void, thisArg?: unknown): void {
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of [...this.#values.keys()].sort()) {
      const values = this.#values.get(name)!;
      if (name === 'set-cookie') for (const value of values) yield [name, value];
      else yield [name, values.join(', ')];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'Headers';
  }
}
