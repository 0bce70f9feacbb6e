import { ErrorCode, MemberStatus } from '@wide-open/shared/contracts';
import { errorCode, errorDetail, retryAfterSeconds } from '@wide-open/web/data-access';
import { type TFunction } from 'i18next';

export interface SignInProblem {
  title: string;
  details: string[];
}

/** Turns a refused sign-in into the specific explanation the person needs. */
export function describeSignInError(
  error: unknown,
  t: TFunction<'accounts'>,
  language: string,
): SignInProblem {
  const code = errorCode(error);
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return { title: t('signIn.wrongCredentials'), details: [] };
    case ErrorCode.FORBIDDEN: {
      const reason = errorDetail(error, 'reason');
      if (errorDetail(error, 'status') === MemberStatus.SUSPENDED) {
        const until = errorDetail(error, 'until');
        return {
          title: t('signIn.suspended'),
          details: [
            ...(reason ? [t('signIn.suspendedReason', { reason })] : []),
            ...(until
              ? [
                  t('signIn.suspendedUntil', {
                    date: new Intl.DateTimeFormat(language, {
                      dateStyle: 'long',
                      timeStyle: 'short',
                    }).format(new Date(until)),
                  }),
                ]
              : []),
          ],
        };
      }
      return {
        title: t('signIn.rejected'),
        details: reason ? [t('signIn.rejectedReason', { reason })] : [],
      };
    }
    case ErrorCode.RATE_LIMITED: {
      const minutes = Math.max(1, Math.ceil((retryAfterSeconds(error) ?? 60) / 60));
      return { title: t('signIn.rateLimited', { minutes }), details: [] };
    }
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.NOT_FOUND:
    case ErrorCode.CONFLICT:
    case undefined:
      return { title: t('signIn.failed'), details: [] };
  }
}
