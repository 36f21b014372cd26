import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { AlreadyExistsError, DomainError, ForbiddenError, InvalidStateError, NotFoundError, TooManyAttemptsError, UnauthorizedError, ValidationError, VersionConflictError } from '../domain/errors.js';
import { toErrorResponse } from './error-response.js';

describe('toErrorResponse', () => {
  it('maps each domain error to its status and keeps code and details', () => {
    const cases: [Error, number, string][] = [
      [new ValidationError('bad', [{ path: '/a', code: 'x', message: 'm' }]), 400, 'validation-failed'],
      [new UnauthorizedError(), 401, 'unauthorized'],
      [new ForbiddenError(), 403, 'forbidden'],
      [new NotFoundError('Round', 'r'), 404, 'not-found'],
      [new VersionConflictError('Submission', 's', 3), 409, 'version-conflict'],
      [new AlreadyExistsError('Checklist', 'c'), 409, 'already-exists'],
      [new InvalidStateError('no'), 409, 'invalid-state'],
      [new DomainError('payload-too-large', 'big'), 413, 'payload-too-large'],
      [new DomainError('malformed-json', 'x'), 400, 'malformed-json'],
    ];
    for (const [error, status, code] of cases) {
      const out = toErrorResponse(error);
      expect([out.status, out.body.error.code]).toEqual([status, code]);
      expect(out.body.error).toHaveProperty('details');
    }
    expect(toErrorResponse(new ValidationError('bad', [{ path: '/a', code: 'x', message: 'm' }])).body.error.details).toEqual({ issues: [{ path: '/a', code: 'x', message: 'm' }] });
  });

  it('hides internal errors behind a generic 500', () => {
    const out = toErrorResponse(new TypeError('secret table name in message'));
    expect(out).toEqual({ status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side', details: null } } });
    expect(toErrorResponse(new HTTPException(413)).body.error.code).toBe('payload-too-large');
  });

  it('turns throttling that outlasted the SDK retries into a 503 the client can retry', () => {
    const throttled = Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' });
    expect(toErrorResponse(throttled)).toMatchObject({ status: 503, body: { error: { code: 'busy', details: { retryAfterSeconds: 2 } } } });
  });

  it('too many sign-in attempts is a 429 that says how long to wait', () => {
    expect(toErrorResponse(new TooManyAttemptsError(30))).toMatchObject({ status: 429, body: { error: { code: 'too-many-attempts', details: { retryAfterSeconds: 30 } } }, retryAfterSeconds: 30 });
  });
});
