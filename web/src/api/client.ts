import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

/** Response shapes, as the server's OpenAPI document declares them. */
export type Schemas = components['schemas'];

/** A refused request, carrying the API's `{error:{code,message,details}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let tokenSource: () => string | null = () => null;

/** The auth module tells the client where the current token comes from. */
export function setTokenSource(source: () => string | null): void {
  tokenSource = source;
}

/** The `authorization` header of the current session (none when signed out), for a plain `fetch`. */
export function authorizationHeader(): Record<string, string> {
  const token = tokenSource();
  return token ? { authorization: `Bearer ${token}` } : {};
}

let unauthorized: (() => Promise<string | null>) | null = null;

/**
 * The auth module's answer to a 401: a fresh access token (the request is sent again once with
 * it), or null (the 401 stands and the user signs in again).
 */
export function setUnauthorizedHandler(handler: () => Promise<string | null>): void {
  unauthorized = handler;
}

const ORIGIN = globalThis.location?.origin ?? 'http://localhost';
let apiBase = ORIGIN;

/** The API's base URL from the runtime configuration (`/config.json`); the page's origin by default. */
export function setApiBaseUrl(url: string): void {
  apiBase = url.replace(/\/+$/, '');
}

/** The absolute URL a GET of `path` (with its query) goes to: what the service worker keeps its reply under. */
export function apiUrl(path: string): string {
  return apiBase + path;
}

/** Copies of requests in flight, to send again after a refresh (a body can be read only once). */
const retryable = new WeakMap<Request, Request>();

const auth: Middleware = {
  onRequest({ request }) {
    const token = tokenSource();
    const target = apiBase === ORIGIN || !request.url.startsWith(ORIGIN) ? request : new Request(apiBase + request.url.slice(ORIGIN.length), request);
    if (token) target.headers.set('authorization', `Bearer ${token}`);
    retryable.set(target, target.clone());
    return target;
  },
  async onResponse({ request, response }) {
    const copy = retryable.get(request);
    retryable.delete(request);
    if (response.status !== 401 || !copy || !unauthorized) return response;
    const token = await unauthorized();
    if (!token) return response;
    copy.headers.set('authorization', `Bearer ${token}`);
    return fetch(copy);
  },
};

/** Typed calls against `paths`: a route or a body the server does not have fails to compile. */
export const api = createClient<paths>({ baseUrl: ORIGIN });
api.use(auth);

/** Unwraps an openapi-fetch reply: the data, or an `ApiError` with the server's code and message. */
export async function unwrap<T>(reply: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await reply;
  if (response.ok) return data as T;
  const body = (error ?? {}) as { error?: { code?: string; message?: string; details?: unknown } };
  throw new ApiError(response.status, body.error?.code ?? `http-${response.status}`, body.error?.message ?? response.statusText, body.error?.details);
}
