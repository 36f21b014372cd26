/** Thrown when the server refuses the credentials (401), so the page can say so plainly. */
export class BadCredentialsError extends Error {}

/** A refused request with the API's error code, message and details (issues with their codes). */
export class AuthApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: { issues?: { path: string; code: string; message: string; params?: Record<string, unknown> }[]; retryAfterSeconds?: number },
  ) {
    super(message);
    this.name = 'AuthApiError';
  }
}
