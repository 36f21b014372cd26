/** An entity tag without its weak prefix: `If-None-Match` compares weakly (RFC 9110 §13.1.2). */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * True when the request's `If-None-Match` names `etag` (weak comparison) or is `*`: the client
 * already holds this reply, and a 304 without a body answers it. Lists longer than 32 tags are
 * not searched (a browser sends one; the work a request may cause stays bounded).
 */
export function holdsCurrent(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const wanted = opaque(etag);
  return ifNoneMatch.split(',', 32).some((t) => opaque(t) === wanted);
}
