import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { pageErrorKey } from './PageState';

describe('pageErrorKey', () => {
  it('says what a refusal means by its status, and a failed fetch is the network', () => {
    expect(pageErrorKey(new ApiError(404, 'not-found', 'Round x not found'))).toBe('pageError.404');
    expect(pageErrorKey(new ApiError(403, 'forbidden', 'no'))).toBe('pageError.403');
    expect(pageErrorKey(new ApiError(422, 'x', 'y'))).toBe('pageError.4xx');
    expect(pageErrorKey(new ApiError(503, 'queue-unavailable', 'y'))).toBe('pageError.5xx');
    expect(pageErrorKey(new TypeError('Failed to fetch'), true)).toBe('pageError.network');
  });

  it('a failed fetch while the device is offline says so, not "check the network"; a refusal stays a refusal', () => {
    expect(pageErrorKey(new TypeError('Failed to fetch'), false)).toBe('pageError.offline');
    expect(pageErrorKey(new ApiError(404, 'not-found', 'x'), false)).toBe('pageError.404');
  });
});
