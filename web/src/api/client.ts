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

const auth: Middleware = {
  onRequest({ request }) {
    const token = tokenSource();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
};

/** Typed calls against `paths`: a route or a body the server does not have fails to compile. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? 'http://localhost' });
api.use(auth);

/** Unwraps an openapi-fetch reply: the data, or an `ApiError` with the server's code and message. */
export async function unwrap<T>(reply: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await reply;
  if (response.ok) return data as T;
  const body = (error ?? {}) as { error?: { code?: string; message?: string; details?: unknown } };
  throw new ApiError(response.status, body.error?.code ?? `http-${response.status}`, body.error?.message ?? response.statusText, body.error?.details);
}
