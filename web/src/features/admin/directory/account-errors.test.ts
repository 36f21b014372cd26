import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { en, zh, type MessageKey } from '../../../i18n/messages';
import { accountErrorTexts } from './account-errors';

const t = (dict: Record<MessageKey, string>) => (key: MessageKey, values?: Record<string, string | number>) => (dict[key] ?? key).replace(/\{(\w+)\}/g, (_, n: string) => String(values?.[n] ?? ''));
const zhT = t(zh);
const enT = t(en);

describe('accountErrorTexts: the accounts API refusals in the page language', () => {
  it('says why a disable was refused: your own account, the last administrator', () => {
    const own = new ApiError(409, 'invalid-state', 'You cannot disable your own account', { reason: 'own-account' });
    expect(accountErrorTexts(own, zhT)).toEqual(['不能停用自己的账号。请由另一位管理员操作。']);
    expect(accountErrorTexts(own, enT)).toEqual(['You cannot disable your own account. Ask another administrator.']);
    const last = new ApiError(409, 'invalid-state', 'last', { reason: 'last-admin' });
    expect(accountErrorTexts(last, zhT)[0]).toMatch(/^不能停用最后一个启用的管理员账号/);
  });

  it('words a creation refusal in Chinese from codes and paths, never the English message', () => {
    const weak = new ApiError(400, 'weak-password', 'The password does not meet the password policy', {
      issues: [
        { path: '/password', code: 'password-too-short', message: 'x', params: { min: 10, actual: 5 } },
        { path: '/password', code: 'password-too-simple', message: 'x', params: { classes: ['lower'] } },
      ],
    });
    expect(accountErrorTexts(weak, zhT)).toEqual(['密码至少需要 10 个字符。', '密码需包含小写字母、大写字母、数字、其他字符中的至少三类。']);
    expect(accountErrorTexts(new ApiError(409, 'already-exists', 'User wang exists', { what: 'User', id: 'wang' }), zhT, 'wang')).toEqual(['用户名“wang”已被使用，请换一个。']);
    const binding = new ApiError(400, 'validation-failed', 'no fit', { issues: [{ path: '/institutionId', code: 'required', message: 'A institution user needs institutionId' }] });
    expect(accountErrorTexts(binding, zhT)).toEqual(['医疗机构账号必须选择所属机构。']);
    expect(accountErrorTexts(binding, enT)).toEqual(['An institution account needs its institution.']);
    const notAllowed = new ApiError(400, 'validation-failed', 'no fit', { issues: [{ path: '/regionId', code: 'not-allowed', message: 'x' }] });
    expect(accountErrorTexts(notAllowed, zhT)).toEqual(['该角色的账号不能设置所属地区。']);
    const unknown = new ApiError(400, 'invalid-reference', 'x', { issues: [{ path: '/institutionId', code: 'unknown-institution', message: 'x', params: { id: 'h9' } }] });
    expect(accountErrorTexts(unknown, zhT)).toEqual(['机构 h9 不存在，请刷新后重新选择。']);
    const name = new ApiError(400, 'invalid-body', 'x', { issues: [{ path: '/username', code: 'regex', message: '2–64 lower-case letters' }] });
    expect(accountErrorTexts(name, zhT)[0]).toMatch(/^用户名须为 2–64 个小写字母/);
  });

  it('falls back to what pages say by status, with no English sentence', () => {
    expect(accountErrorTexts(new ApiError(503, 'busy', 'Busy'), zhT)).toEqual([zh['pageError.5xx']]);
    expect(accountErrorTexts(new TypeError('Failed to fetch'), zhT)).toEqual([zh['pageError.network']]);
    expect(accountErrorTexts(new ApiError(400, 'malformed-json', 'Bad JSON'), zhT)).toEqual(['操作未成功（错误代码：malformed-json）。']);
    expect(accountErrorTexts(undefined, zhT)).toEqual([]);
  });
});
