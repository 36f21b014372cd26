import * as v from 'valibot';
import { MAX_USER_PAGE } from '../domain/identity/user-query.js';

/** Request bodies of the built-in identity's routes (`/api/auth/*`, `/api/users`). */

/** Lower-case so that "Wang" and "wang" cannot be two users; no "#", which keys use as a separator. */
export const Username = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, '2–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit'));
const Password = v.pipe(v.string(), v.maxLength(200));
const RefId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, ".", "_" or "-"'), v.maxLength(80));

export const RefreshBody = v.strictObject({ refreshToken: v.pipe(v.string(), v.minLength(1), v.maxLength(300)) });

export const PasswordChangeBody = v.strictObject({ oldPassword: Password, newPassword: Password });

export const UserBody = v.strictObject({
  username: Username,
  role: v.picklist(['admin', 'expert', 'institution', 'commission']),
  displayName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  institutionId: v.optional(RefId),
  regionId: v.optional(RefId),
  /** Omitted: the server generates a one-time password and returns it once. */
  password: v.optional(Password),
});

/** A whole number written in a query string, within `[min, max]`. */
const QueryInt = (min: number, max: number) =>
  v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'a whole number'), v.transform(Number), v.minValue(min), v.maxValue(max));

/** `GET /api/users?role=&q=&regionId=&active=&limit=&offset=`: every parameter optional, unknown ones refused. */
export const UserListQuery = v.strictObject({
  role: v.optional(v.picklist(['admin', 'expert', 'institution', 'commission'])),
  q: v.optional(v.pipe(v.string(), v.maxLength(50))),
  regionId: v.optional(RefId),
  active: v.optional(v.pipe(v.picklist(['true', 'false']), v.transform((x) => x === 'true'))),
  limit: v.optional(QueryInt(1, MAX_USER_PAGE)),
  offset: v.optional(QueryInt(0, 1_000_000)),
});
