import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import {
  AlreadyExistsError, DomainError, ERROR_CODES, ForbiddenError, InvalidStateError, NotFoundError, TooManyAttemptsError, UnauthorizedError, VALIDATION_CODES,
  ValidationError, VersionConflictError, type ErrorCode,
} from '../domain/errors.js';
import { ERROR_STATUS, toErrorResponse } from './error-response.js';

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

  it('gives every code of the closed list its own status, 400 only for input errors', () => {
    const byStatus = (status: number) => ERROR_CODES.filter((code) => ERROR_STATUS[code] === status);
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    expect(byStatus(400)).toEqual([...VALIDATION_CODES]);
    expect(Object.fromEntries(ERROR_CODES.filter((c) => ERROR_STATUS[c] !== 400).map((c) => [c, ERROR_STATUS[c]]))).toEqual({
      unauthorized: 401, forbidden: 403, 'not-found': 404, 'not-scored': 409, 'version-conflict': 409, 'already-exists': 409,
      'invalid-state': 409, 'payload-too-large': 413, 'unsupported-media-type': 415, 'too-many-attempts': 429, 'scoring-delayed': 503,
      'import-incomplete': 503,
      'account-disabled': 403, 'password-change-required': 403,
    });
    for (const code of ERROR_CODES) expect(toErrorResponse(new DomainError(code, 'm')).status).toBe(ERROR_STATUS[code]);
  });

  it('a code outside the list is a bug: 500 internal, never a silent 400 blamed on the client', () => {
    // @ts-expect-error a code must be one of ERROR_CODES; only an untyped caller gets here
    const made = new DomainError('made-up-code', 'x');
    expect(toErrorResponse(made)).toEqual({ status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side', details: null } } });
    expect(toErrorResponse(new DomainError('constructor' as ErrorCode, 'x')).status).toBe(500);
  });
});
