import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, TooManyAttemptsError, type ErrorCode } from '../domain/errors.js';

/**
 * HTTP status for each domain error code: the one place errors become HTTP. Typed over the closed
 * `ErrorCode` union, so a code without a status does not compile.
 */
export const ERROR_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  'validation-failed': 400,
  'invalid-body': 400,
  'invalid-parameter': 400,
  'invalid-definition': 400,
  'invalid-submission': 400,
  'invalid-evidence': 400,
  'invalid-reference': 400,
  'malformed-json': 400,
  'weak-password': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'not-scored': 409,
  'version-conflict': 409,
  'already-exists': 409,
  'invalid-state': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'too-many-attempts': 429,
  'scoring-delayed': 503,
  'account-disabled': 403,
  'password-change-required': 403,
  'import-incomplete': 503,
};

/** Names AWS gives capacity errors: still failing after the SDK's retries, they mean "busy, try again", not a bug. */
const THROTTLING = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException']);

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 2;

/** Codes the HTTP layer adds to the domain's: routing, unparsable requests, throttling, bugs. */
export type HttpErrorCode = 'method-not-allowed' | 'bad-request' | 'busy' | 'internal';

/** Every code a client can receive in an error body. */
export type ApiErrorCode = ErrorCode | HttpErrorCode;

/** The JSON error body every client error uses. */
export interface ErrorBody {
  error: { code: ApiErrorCode; message: string; details?: unknown };
}

const INTERNAL: { status: ContentfulStatusCode; body: ErrorBody } = {
  status: 500,
  body: { error: { code: 'internal', message: 'Something went wrong on our side', details: null } },
};

/**
 * Maps any thrown value to a status and body. Domain errors keep their code and details (each code
 * has its status; none falls back to 400); throttling that outlasted the SDK's retries is a 503;
 * anything else is a 500 whose message reveals nothing internal. A 429 carries its own
 * `retryAfterSeconds` for the `Retry-After` header (a 503 always uses `RETRY_AFTER_SECONDS`).
 */
export function toErrorResponse(error: unknown): { status: ContentfulStatusCode; body: ErrorBody; retryAfterSeconds?: number } {
  if (error instanceof DomainError) {
    // Only an untyped caller can raise a code outside the map; that is our bug, not the client's mistake.
    const status = Object.hasOwn(ERROR_STATUS, error.code) ? ERROR_STATUS[error.code] : undefined;
    if (status === undefined) return INTERNAL;
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details ?? null } };
    return error instanceof TooManyAttemptsError ? { status, body, retryAfterSeconds: error.retryAfterSeconds } : { status, body };
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 413 ? 'payload-too-large' : error.status === 404 ? 'not-found' : 'bad-request';
    return { status: error.status as ContentfulStatusCode, body: { error: { code, message: error.message || code, details: null } } };
  }
  if (error instanceof Error && THROTTLING.has(error.name)) {
    return { status: 503, body: { error: { code: 'busy', message: 'The service is busy; nothing was saved. Retry in a few seconds.', details: { retryAfterSeconds: RETRY_AFTER_SECONDS } } } };
  }
  return INTERNAL;
}
