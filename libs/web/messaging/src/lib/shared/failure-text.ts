import { ErrorCode, Limits } from '@wide-open/shared/contracts';
import { type TFunction } from 'i18next';
import { type OutboxError } from '../outbox/outbox';

/** Why a message was refused, in the reader's language (the server's text is English). */
export function failureText(error: OutboxError | null, t: TFunction<'messaging'>): string {
  const code = error?.code;
  if (code === String(ErrorCode.FORBIDDEN)) return t('failure.FORBIDDEN');
  if (code === String(ErrorCode.BAD_USER_INPUT))
    return t('failure.BAD_USER_INPUT', { max: Limits.messaging.body });
  if (code === String(ErrorCode.RATE_LIMITED)) return t('failure.RATE_LIMITED');
  if (code === String(ErrorCode.NOT_FOUND)) return t('failure.NOT_FOUND');
  return t('failure.other');
}
