/**
 * Typed errors for misuse, configuration and I/O problems. Problems in the *input text* are not
 * errors: they become messages on the document (see messages.ts).
 */

export type ErrorCode =
  | 'E_USAGE'
  | 'E_IO'
  | 'E_DECODE'
  | 'E_BINARY'
  | 'E_TOO_LARGE'
  | 'E_JSON'
  | 'E_CSV'
  | 'E_EMPTY'
  | 'E_SCHEMA'
  | 'E_PIPELINE'
  | 'E_FORMAT'
  | 'E_FETCH'
  | 'E_TIMEOUT'
  | 'E_STORE'
  | 'E_STORE_FULL'
  | 'E_NOT_FOUND';

export class DatelineError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatelineError';
    this.code = code;
  }
}

/** The `{code, message}` pair that batch output and the API report for any thrown value. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof DatelineError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'E_INTERNAL', message: error.message };
  return { code: 'E_INTERNAL', message: String(error) };
}
