import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from './password-policy.js';
import { oneTimePassword } from './one-time-password.js';

const codes = (password: string, username = 'wang') => checkPasswordPolicy(password, username).map((i) => i.code);

describe('password policy', () => {
  it('accepts ten characters of three classes that do not contain the username', () => {
    expect(codes('Spring2025x')).toEqual([]);
    expect(codes('春天来了spring2025')).toEqual([]);
  });

  it('refuses short, single-class and username passwords, saying why in Chinese first', () => {
    expect(codes('Ab1!')).toEqual(['password-too-short']);
    expect(codes('abcdefghijkl')).toEqual(['password-too-simple']);
    expect(codes('abcdefgh12')).toEqual(['password-too-simple']);
    expect(codes('Wang2025-xyz')).toEqual(['password-contains-username']);
    expect(codes('x'.repeat(201))).toContain('password-too-long');
    const [issue] = checkPasswordPolicy('short', 'wang');
    expect(issue).toMatchObject({ path: '/newPassword', code: 'password-too-short', params: { min: 10, actual: 5 } });
    expect(issue!.message).toMatch(/^密码至少需要 10 个字符/);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(codes('密码很长很长的A1')).toEqual(['password-too-short']);
  });

  it('one-time passwords always pass it, and differ', () => {
    const passwords = Array.from({ length: 50 }, () => oneTimePassword('admin'));
    for (const p of passwords) expect(checkPasswordPolicy(p, 'admin')).toEqual([]);
    expect(new Set(passwords).size).toBe(50);
  });
});
