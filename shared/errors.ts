/**
 * One error path for the whole suite.
 *
 * A `UserError` is a mistake the person running the action can fix (bad input, invalid policy
 * file, missing permission, a refused gate, a network failure, a missing tool). Its message is one actionable sentence and is shown
 * without a stack trace. Anything else is a bug in the suite and is reported with its stack in
 * debug logs.
 */
export type UserErrorKind = 'input' | 'config' | 'permission' | 'not-found' | 'conflict' | 'gate' | 'state' | 'network' | 'setup';

export class UserError extends Error {
  readonly kind: UserErrorKind;
  constructor(kind: UserErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
    this.kind = kind;
  }
}

/** Quotes a value given from outside for an error message, cut to a readable length. */
export function quote(value: string, max = 100): string {
  const text = value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
  return `"${text}"`;
}

export function inputError(input: string, message: string): UserError {
  return new UserError('input', `Input "${input}": ${message}`);
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * For a catch that keeps going (one target or repository failed, the others go on): the sentence to
 * report. A user error is reported as it is; anything else is labelled as a bug, and its stack goes to
 * the debug log — the same split as the entry's one error path.
 */
export function reportedFailure(error: unknown, logger: { debug(message: string): void }): string {
  if (isUserError(error)) return error.message;
  logger.debug(error instanceof Error && error.stack ? error.stack : errorMessage(error));
  return `internal error: ${errorMessage(error)} (a bug in portal-release; re-run with debug logging and report it)`;
}
