import type { MessageKey } from '../i18n/messages';

/**
 * Why a refusal is about the account rather than the request: disabled by an administrator, a
 * one-time password still to change, signed out (401 after the refresh failed), or a role without
 * the right. Asking again cannot help with any of them; signing out (and in again) is the way on.
 */
export type AccountBlock = 'disabled' | 'password-change' | 'signed-out' | 'forbidden';

/** The account problem behind an API refusal (anything with `status` and `code`), or undefined. */
export function accountBlock(error: unknown): AccountBlock | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, code } = error as { status?: unknown; code?: unknown };
  if (code === 'account-disabled') return 'disabled';
  if (code === 'password-change-required') return 'password-change';
  if (code === 'unauthorized' || status === 401) return 'signed-out';
  if (code === 'forbidden' || status === 403) return 'forbidden';
  return undefined;
}

/** What the reader is told about an {@link AccountBlock}. */
export const ACCOUNT_BLOCK_TEXT: Record<AccountBlock, MessageKey> = {
  disabled: 'session.disabled',
  'password-change': 'session.passwordChange',
  'signed-out': 'pageError.401',
  forbidden: 'pageError.403',
};

/** The action offered instead of a retry: sign in again after a 401, otherwise sign out. */
export const accountBlockAction = (block: AccountBlock): MessageKey => (block === 'signed-out' ? 'session.signInAgain' : 'nav.logout');
