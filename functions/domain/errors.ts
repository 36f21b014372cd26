import { boundIssues } from './bounded-issues.js';

/** One problem with client input, located by a JSON path. */
export interface Issue {
  path: string;
  code: string;
  message: string;
  /** The facts the message is made from, for clients that word issues themselves (`functions/checklist/issue-text.ts`). */
  params?: Record<string, unknown>;
}

/** Codes of client input errors: a `ValidationError` carries one of these (HTTP 400). */
export const VALIDATION_CODES = [
  'validation-failed',
  'invalid-body',
  'invalid-parameter',
  'invalid-definition',
  'invalid-submission',
  'invalid-evidence',
  'invalid-reference',
  'malformed-json',
  'weak-password',
] as const;

/** Input error codes, see {@link VALIDATION_CODES}. */
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/**
 * Every code a domain error can carry: a closed list, so the API's status map
 * (`functions/api/error-response.ts`) must name each one and no code falls through to a default.
 * A new code is added here and there, together.
 */
export const ERROR_CODES = [
  ...VALIDATION_CODES,
  'unauthorized',
  'forbidden',
  'not-found',
  'not-scored',
  'version-conflict',
  'already-exists',
  'invalid-state',
  'payload-too-large',
  'unsupported-media-type',
  'too-many-attempts',
  'scoring-delayed',
  'account-disabled',
  'password-change-required',
  'import-incomplete',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Base of every error the domain raises on purpose. `code` is stable and machine-readable;
 * the API maps each code to one HTTP status in one place (`functions/api/error-response.ts`).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Input that breaks a rule; `details.issues` lists the issues with their paths, at most
 * `ISSUE_LIMITS.maxIssues` of them, and `details.omittedIssues` counts the rest.
 */
export class ValidationError extends DomainError {
  constructor(message: string, issues: Issue[], code: ValidationCode = 'validation-failed') {
    super(code, message, boundIssues(issues));
  }
}

/** No valid credentials. */
export class UnauthorizedError extends DomainError {
  constructor(message = 'A valid bearer token is required') {
    super('unauthorized', message);
  }
}

/** Valid credentials without the right to do this. */
export class ForbiddenError extends DomainError {
  constructor(message = 'You may not do this') {
    super('forbidden', message);
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('not-found', `${what} ${id} was not found`, { what, id });
  }
}

/** An update carried a stale version: someone else wrote first. */
export class VersionConflictError extends DomainError {
  constructor(what: string, id: string, expected?: number) {
    super('version-conflict', `${what} ${id} was changed by someone else; reload and retry`, { what, id, expected });
  }
}

/** Something with this identity already exists. */
export class AlreadyExistsError extends DomainError {
  constructor(what: string, id: string) {
    super('already-exists', `${what} ${id} already exists`, { what, id });
  }
}

/** Too many sign-in attempts on one account name: wait `retryAfterSeconds` before the next. */
export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('too-many-attempts', `Too many sign-in attempts for this account; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** The workflow does not allow this step from the current state. */
export class InvalidStateError extends DomainError {
  constructor(message: string, details?: unknown) {
    super('invalid-state', message, details);
  }
}
