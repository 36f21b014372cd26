import type { Issue } from '../errors.js';

/** The shortest password the policy accepts. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longer than any passphrase; bounds the hashing work a request can cause. */
export const MAX_PASSWORD_LENGTH = 200;

const CLASSES: [string, RegExp][] = [
  ['lower', /\p{Ll}/u],
  ['upper', /\p{Lu}/u],
  ['digit', /\p{Nd}/u],
  // Anything else: punctuation, spaces, and letters without case (Chinese characters count here).
  ['other', /[^\p{Ll}\p{Lu}\p{Nd}]/u],
];

/**
 * The password policy: at least 10 characters, not the username (nor containing it), and at
 * least three of four character classes (lower case, upper case, digits, other). Returns the
 * issues, with Chinese first in each message; `path` names the body field checked.
 */
export function checkPasswordPolicy(password: string, username: string, path = '/newPassword'): Issue[] {
  const issues: Issue[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    issues.push({ path, code: 'password-too-short', message: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符 (at least ${MIN_PASSWORD_LENGTH} characters)`, params: { min: MIN_PASSWORD_LENGTH, actual: length } });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    issues.push({ path, code: 'password-too-long', message: `密码最多 ${MAX_PASSWORD_LENGTH} 个字符 (at most ${MAX_PASSWORD_LENGTH} characters)`, params: { max: MAX_PASSWORD_LENGTH } });
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    issues.push({ path, code: 'password-contains-username', message: '密码不能包含用户名 (the password must not contain the username)' });
  }
  const classes = CLASSES.filter(([, re]) => re.test(password)).map(([name]) => name);
  if (classes.length < 3) {
    issues.push({ path, code: 'password-too-simple', message: '密码需包含小写字母、大写字母、数字、其他字符中的至少三类 (use at least three of: lower case, upper case, digits, other characters)', params: { classes } });
  }
  return issues;
}
