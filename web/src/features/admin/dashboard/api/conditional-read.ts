import { unwrap } from '../../../../api/client';

/** A reply as the query cache keeps it: the data with the ETag it came with, side by side. */
export interface Tagged<T> {
  etag: string | null;
  data: T;
}

/** An openapi-fetch reply, as `api.GET` gives it. */
type Reply = { data?: unknown; error?: unknown; response: Response };

/**
 * A read that sends `If-None-Match` with the ETag of `held` (what the cache holds) and, on a 304,
 * gives `held` back as it is: the server neither builds nor sends the reply again, and the page
 * keeps the same objects, so nothing re-renders. Any other reply is unwrapped (an error throws
 * `ApiError`) and turned into the kept shape by `take`, with its ETag.
 */
export async function conditionalRead<T>(held: Tagged<T> | undefined, send: (headers: Record<string, string>) => Promise<Reply>, take: (body: unknown) => T): Promise<Tagged<T>> {
  const reply = await send(held?.etag ? { 'if-none-match': held.etag } : {});
  if (reply.response.status === 304 && held) return held;
  const data = take(await unwrap(Promise.resolve(reply)));
  return { etag: reply.response.headers.get('etag'), data };
}
