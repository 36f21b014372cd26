import type { UserView } from '../model/user.js';
import type { Role } from '../ports/token-verifier.js';

/** Most users one page of `GET /api/users` returns: a picker needs a screenful, not the directory. */
export const MAX_USER_PAGE = 200;

/** What the accounts list can be narrowed to; every field optional (none: every user). */
export interface UserQuery {
  role?: Role;
  /** Part of the display name or username, any case: "张" finds 张伟 and 张敏. */
  q?: string;
  /** Only users bound to (institution, commission) or placed in (expert) this region. */
  regionId?: string;
  /** Only active users: a disabled expert cannot be assigned to a round. */
  activeOnly?: boolean;
  /** Page size; without it every match is returned (the accounts page lists them all). */
  limit?: number;
  offset?: number;
}

/** One page of users, the number of matches, and where the next page starts (absent on the last). */
export interface UserPage {
  items: UserView[];
  total: number;
  nextOffset?: number;
}

/**
 * Filters and pages the directory's users, ordered by display name in Chinese collation (so a
 * picker lists 李 before 王 as a reader expects) and then by username, which keeps pages stable.
 */
export function queryUsers(users: readonly UserView[], query: UserQuery = {}): UserPage {
  const needle = query.q?.trim().toLocaleLowerCase();
  const collator = new Intl.Collator('zh');
  const matches = users
    .filter((u) => query.role === undefined || u.role === query.role)
    .filter((u) => query.regionId === undefined || u.regionId === query.regionId)
    .filter((u) => !query.activeOnly || u.status === 'active')
    .filter((u) => !needle || u.displayName.toLocaleLowerCase().includes(needle) || u.username.includes(needle))
    .sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
  const offset = query.offset ?? 0;
  const end = query.limit === undefined ? matches.length : offset + query.limit;
  return { items: matches.slice(offset, end), total: matches.length, ...(end < matches.length ? { nextOffset: end } : {}) };
}
