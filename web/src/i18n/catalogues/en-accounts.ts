import type { zhAccounts } from './zh-accounts';

/** English for the accounts page's refusals, the same keys as the Chinese. */
export const enAccounts: Record<keyof typeof zhAccounts, string> = {
  'accounts.error.ownAccount': 'You cannot disable your own account. Ask another administrator.',
  'accounts.error.lastAdmin': 'You cannot disable the last active administrator: nobody could manage the system. Enable or create another administrator first.',
  'accounts.error.exists': 'The username "{username}" is taken; choose another.',
  'accounts.error.password-too-short': 'The password is too short: the minimum length is {min}.',
  'accounts.error.password-too-long': 'The password is too long: the maximum length is {max}.',
  'accounts.error.password-contains-username': 'The password must not contain the username.',
  'accounts.error.password-too-simple': 'Use at least three of: lower case, upper case, digits, other characters.',
  'accounts.error.needsInstitution': 'An institution account needs its institution.',
  'accounts.error.needsRegion': 'A commission account needs its region.',
  'accounts.error.notAllowed': 'An account of this role has no {field}.',
  'accounts.error.unknownInstitution': 'Institution {id} does not exist; reload and choose again.',
  'accounts.error.unknownRegion': 'Region {id} does not exist; reload and choose again.',
  'accounts.error.username': 'A username is 2–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit.',
  'accounts.error.displayName': 'The name is required, at most 100 characters.',
  'accounts.error.notFound': 'Account {username} does not exist; it may have been removed. Reload the page.',
  'accounts.error.conflict': 'The account was changed elsewhere; reload and try again.',
  'accounts.error.other': 'That did not work (error code: {code}).',
  'accounts.field.institutionId': 'an institution',
  'accounts.field.regionId': 'a region',
  'accounts.own': 'Your own account: cannot be disabled',
  'accounts.disableTitle': 'Disable the account {username} ({name})?',
  'accounts.disableBody': 'Its user can no longer sign in, and pages already open can no longer save or load. The account and what it filled in or evaluated are kept; you can enable it again at any time.',
  'accounts.disableConfirm': 'Disable {username}',
  'accounts.cancel': 'Cancel',
};
