import { GraphQLError } from 'graphql';
import { ErrorCode } from '@wide-open/shared/contracts';

/**
 * Errors a client may see. Anything else thrown is logged and reported as a generic internal
 * error, so stack traces and SQL never leave the server.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }

  /** HTTP status for REST routes (uploads, health) that reuse these errors. */
  get httpStatus(): number {
    switch (this.code) {
      case ErrorCode.UNAUTHENTICATED:
        return 401;
      case ErrorCode.FORBIDDEN:
        return 403;
      case ErrorCode.NOT_FOUND:
        return 404;
      case ErrorCode.CONFLICT:
        return 409;
      case ErrorCode.RATE_LIMITED:
        return 429;
      case ErrorCode.BAD_USER_INPUT:
        return 400;
    }
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'You need to sign in.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.', extra: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, extra);
  }
}

/** Also used when the viewer may not see the thing: never a hint that it exists. */
export class NotFoundError extends AppError {
  constructor(what = 'This') {
    super(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super(ErrorCode.CONFLICT, message, fields ? { fields } : {});
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
    });
  }
}

/** `fields` maps an input field (dotted path) to a message a person can act on. */
export class BadInputError extends AppError {
  constructor(
    readonly fields: Record<string, string>,
    message?: string,
  ) {
    super(ErrorCode.BAD_USER_INPUT, message ?? summarise(fields), { fields });
  }
}

function summarise(fields: Record<string, string>): string {
  const entries = Object.entries(fields);
  if (entries.length === 1) return `${entries[0][0]}: ${entries[0][1]}`;
  return `Invalid input: ${entries.map(([f]) => f).join(', ')}.`;
}
