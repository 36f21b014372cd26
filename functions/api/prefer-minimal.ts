import type { Context } from 'hono';

/**
 * `return=minimal` among a `Prefer` header's preferences (RFC 7240): the name is case-insensitive,
 * the value may be quoted, parameters after `;` and other preferences after `,` are ignored.
 */
const RETURN_MINIMAL = /(?:^|,)\s*return\s*=\s*(?:minimal|"minimal")\s*(?:[;,]|$)/i;

/** True when the request's `Prefer` header asks for a minimal reply (`Prefer: return=minimal`). */
export function prefersMinimal(c: Context): boolean {
  const prefer = c.req.header('prefer');
  return prefer !== undefined && RETURN_MINIMAL.test(prefer);
}

/**
 * The minimal reply to a write (RFC 7240 `return=minimal`): the entity's id, new version and
 * update time instead of the whole entity, with the version as the `ETag` and
 * `Preference-Applied` saying the preference was honoured. A save of a draft otherwise answers
 * with the whole submission (kilobytes, growing with its audit trail) that an autosaving client
 * discards but for its version (issue 13.2). A JSON body rather than a 204, so a browser on
 * another origin reads the version without needing the `ETag` header exposed to it.
 */
export function minimalReply(c: Context, written: { id: string; version: number; updatedAt: string }): Response {
  return c.body(JSON.stringify({ id: written.id, version: written.version, updatedAt: written.updatedAt }), 200, {
    'Content-Type': 'application/json',
    ETag: `"${written.version}"`,
    'Preference-Applied': 'return=minimal',
  });
}
