/** One problem with client input, located by a JSON path. */
export interface Issue {
  path: string;
  code: string;
  message: string;
  /** The facts the message is made from, for clients that word issues themselves (`functions/checklist/issue-text.ts`). */
  params?: Record<string, unknown>;
}

/**
 * Base of every error the domain raises on purpose. `code` is stable and machine-readable;
 * the API maps each subclass to one HTTP status in one place (`functions/api/error-response.ts`).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule; `details` lists every issue with its path. */
export class ValidationError extends DomainError {
  constructor(message: string, issues: Issue[], code = 'validation-failed') {
    super(code, message, { issues });
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

/** The workflow does not allow this step from the current state. */
export class InvalidStateError extends DomainError {
  constructor(message: string, details?: unknown) {
    super('invalid-state', message, details);
  }
}
