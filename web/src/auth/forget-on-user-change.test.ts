import { describe, expect, it } from 'vitest';
import { userChanged } from './forget-on-user-change';

describe('userChanged', () => {
  it('forgets on sign-out and when another user signs in, not on the first sign-in or a token refresh', () => {
    expect(userChanged('u-comm1', undefined)).toBe(true);
    expect(userChanged('u-comm1', 'u-admin')).toBe(true);
    expect(userChanged(undefined, 'u-comm1')).toBe(false);
    expect(userChanged('u-comm1', 'u-comm1')).toBe(false);
  });
});
