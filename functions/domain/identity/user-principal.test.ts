import { describe, expect, it } from 'vitest';
import type { User } from '../model/user.js';
import { userPrincipal } from './user-principal.js';

const base: Omit<User, 'username' | 'role'> = { displayName: 'x', status: 'active', passwordHash: '', mustChangePassword: false, failedAttempts: 0, sessionEpoch: 1, version: 1, createdAt: '', updatedAt: '', audit: [] };

describe('userPrincipal', () => {
  it("keeps an expert's region out of its token (it places the expert, it grants no commission scope)", () => {
    expect(userPrincipal({ ...base, username: 'zhao', role: 'expert', regionId: 'haining' })).toEqual({ sub: 'zhao', username: 'zhao', role: 'expert' });
  });

  it("carries a commission user's region and an institution user's institution", () => {
    expect(userPrincipal({ ...base, username: 'wjw', role: 'commission', regionId: 'haining' }).regionId).toBe('haining');
    expect(userPrincipal({ ...base, username: 'i', role: 'institution', institutionId: 'h1' }).institutionId).toBe('h1');
  });
});
