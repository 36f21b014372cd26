import type { zhSession } from './zh-session';

/** English for refusals about the account itself, the same keys as the Chinese. */
export const enSession: Record<keyof typeof zhSession, string> = {
  'session.disabled': 'An administrator has disabled your account: you cannot view or save any more. Ask an administrator to enable it, then sign in again.',
  'session.passwordChange': 'Change your one-time password first: sign out, sign in again and set a new password.',
  'session.signInAgain': 'Sign in again',
  'fill.saveRefused': 'Not saved: {reason}',
};
