import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../errors/app-errors';

const codeByStatus: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/**
 * REST routes (uploads, health) answer errors as `{ code, message }` with the matching status,
 * like GraphQL's `extensions.code`; unexpected errors never show their details. GraphQL errors
 * are left to Apollo's formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof AppError) {
      const fields = exception.extensions['fields'];
      res
        .status(exception.httpStatus)
        .json({ code: exception.code, message: exception.message, ...(fields ? { fields } : {}) });
      return undefined;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      res
        .status(status)
        .json({ code: codeByStatus[status] ?? 'BAD_REQUEST', message: exception.message });
      return undefined;
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    res.status(500).json({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Something went wrong on our side. Please try again.',
    });
    return undefined;
  }
}
