import { ApiError } from '../../../api/client';
import { pageErrorKey } from '../../../components/PageState';
import type { MessageKey } from '../../../i18n/messages';

/** One refusal of the accounts API as a message key and its values, for `t`. */
export interface AccountError {
  key: MessageKey;
  values: Record<string, string | number>;
}

interface Issue {
  path?: string;
  code?: string;
  params?: Record<string, unknown>;
}

const PASSWORD_CODES = new Set(['password-too-short', 'password-too-long', 'password-contains-username', 'password-too-simple']);

function issueError(issue: Issue): AccountError {
  const code = issue.code ?? '';
  const path = issue.path ?? '';
  const params = issue.params ?? {};
  if (PASSWORD_CODES.has(code)) return { key: `accounts.error.${code}` as MessageKey, values: { min: String(params.min ?? 10), max: String(params.max ?? 200) } };
  if (code === 'unknown-institution') return { key: 'accounts.error.unknownInstitution', values: { id: String(params.id ?? '') } };
  if (code === 'unknown-region') return { key: 'accounts.error.unknownRegion', values: { id: String(params.id ?? '') } };
  if (code === 'required' && path === '/institutionId') return { key: 'accounts.error.needsInstitution', values: {} };
  if (code === 'required' && path === '/regionId') return { key: 'accounts.error.needsRegion', values: {} };
  if (code === 'not-allowed' && (path === '/institutionId' || path === '/regionId')) return { key: 'accounts.error.notAllowed', values: { field: path.slice(1) } };
  if (path === '/username') return { key: 'accounts.error.username', values: {} };
  if (path === '/displayName') return { key: 'accounts.error.displayName', values: {} };
  return { key: 'accounts.error.other', values: { code: code || 'invalid-body' } };
}

/**
 * What the accounts API refused, in the reader's language: each issue of a 400 by its code and
 * path (password policy, role binding, unknown institution or region, username format), a taken
 * username, and the two disables the API will not do (one's own account, the last active
 * administrator), told apart by `details.reason`. Other failures by their status, as pages say them.
 * `username`: the account acted on, named in the text where it helps.
 */
export function accountErrors(error: unknown, username = ''): AccountError[] {
  if (!error) return [];
  if (!(error instanceof ApiError)) return [{ key: pageErrorKey(error), values: {} }];
  const details = (error.details ?? {}) as { reason?: string; issues?: Issue[] };
  if (error.code === 'invalid-state' && details.reason === 'own-account') return [{ key: 'accounts.error.ownAccount', values: {} }];
  if (error.code === 'invalid-state' && details.reason === 'last-admin') return [{ key: 'accounts.error.lastAdmin', values: {} }];
  if (error.code === 'already-exists') return [{ key: 'accounts.error.exists', values: { username } }];
  if (error.code === 'not-found') return [{ key: 'accounts.error.notFound', values: { username } }];
  if (error.code === 'version-conflict') return [{ key: 'accounts.error.conflict', values: {} }];
  if (error.status === 400 && details.issues?.length) return details.issues.map(issueError);
  if (error.status === 400) return [{ key: 'accounts.error.other', values: { code: error.code } }];
  return [{ key: pageErrorKey(error), values: {} }];
}

/** {@link accountErrors} as text, each once; a field an issue names is worded too. */
export function accountErrorTexts(error: unknown, t: (key: MessageKey, values?: Record<string, string | number>) => string, username = ''): string[] {
  const texts = accountErrors(error, username).map((e) =>
    t(e.key, e.key === 'accounts.error.notAllowed' ? { field: t(`accounts.field.${e.values.field}` as MessageKey) } : e.values),
  );
  return [...new Set(texts)];
}
