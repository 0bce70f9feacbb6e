import { ErrorCode } from '@wide-open/shared/contracts';
import { errorCode, fieldErrors, retryAfterSeconds } from '@wide-open/web/data-access';
import { type TFunction } from 'i18next';

/**
 * What went wrong with a post, in words a member can act on: the thread was locked meanwhile,
 * the same text was just posted, or they post too fast (and how long to wait).
 */
export function describePostError(error: unknown, t: TFunction): string {
  switch (errorCode(error)) {
    case ErrorCode.FORBIDDEN:
      return t('discussions:composer.locked');
    case ErrorCode.CONFLICT:
      return t('discussions:composer.duplicate');
    case ErrorCode.RATE_LIMITED:
      return t('discussions:composer.rateLimited', { seconds: retryAfterSeconds(error) ?? 60 });
    case ErrorCode.BAD_USER_INPUT:
      return Object.values(fieldErrors(error))[0] ?? t('discussions:composer.failed');
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.NOT_FOUND:
    case undefined:
      return t('discussions:composer.failed');
  }
}
