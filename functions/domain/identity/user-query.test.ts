import { describe, expect, it } from 'vitest';
import type { UserView } from '../model/user.js';
import { queryUsers } from './user-query.js';

const user = (username: string, role: UserView['role'], displayName: string, extra: Partial<UserView> = {}): UserView => ({
  username, role, displayName, status: 'active', mustChangePassword: false, failedAttempts: 0, version: 1, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', audit: [], ...extra,
});

const users = [
  user('wang', 'expert', '王芳', { regionId: 'haining' }),
  user('zhang.wei', 'expert', '张伟'),
  user('zhang.min', 'expert', '张敏', { status: 'disabled' }),
  user('li', 'expert', '李强', { regionId: 'haining' }),
  user('inst1', 'institution', '张家医院管理员', { institutionId: 'h1' }),
  user('admin', 'admin', 'Admin'),
];

describe('queryUsers', () => {
  it('lists only the asked role, in Chinese name order', () => {
    expect(queryUsers(users, { role: 'expert' }).items.map((u) => u.displayName)).toEqual(['李强', '王芳', '张敏', '张伟']);
  });

  it('finds by part of the Chinese display name or the username, and can leave out disabled users', () => {
    expect(queryUsers(users, { role: 'expert', q: '张' }).items.map((u) => u.username)).toEqual(['zhang.min', 'zhang.wei']);
    expect(queryUsers(users, { role: 'expert', q: '张', activeOnly: true }).items.map((u) => u.username)).toEqual(['zhang.wei']);
    expect(queryUsers(users, { q: 'ADMIN' }).items.map((u) => u.username)).toEqual(['admin']);
  });

  it('narrows to a region', () => {
    expect(queryUsers(users, { role: 'expert', regionId: 'haining' }).items.map((u) => u.username)).toEqual(['li', 'wang']);
  });

  it('pages with a total and the next offset, none after the last page', () => {
    const first = queryUsers(users, { role: 'expert', limit: 3 });
    expect([first.items.length, first.total, first.nextOffset]).toEqual([3, 4, 3]);
    const last = queryUsers(users, { role: 'expert', limit: 3, offset: first.nextOffset });
    expect(last.items.map((u) => u.username)).toEqual(['zhang.wei']);
    expect(last.nextOffset).toBeUndefined();
  });

  it('without a limit returns every match', () => {
    expect(queryUsers(users).items).toHaveLength(users.length);
    expect(queryUsers(users).nextOffset).toBeUndefined();
  });
});
