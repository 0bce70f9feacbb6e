import { CommunityRole, Limits, type Sector } from '@wide-open/shared/contracts';
import { characterCount } from '@wide-open/web/ui';
import { type TFunction } from 'i18next';

export interface SignUpValues {
  displayName: string;
  email: string;
  password: string;
  communityRole: CommunityRole | '';
  sector: Sector | '';
  motivation: string;
  locale: 'fr' | 'en';
}

export type SignUpField = keyof SignUpValues;

// A deliberately loose check: the server has the last word, this only catches typos early.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function lengthError(
  t: TFunction<'accounts'>,
  value: string,
  limits: { min?: number; max: number },
): string | undefined {
  const count = characterCount(value.trim());
  if (count === 0) return t('validation.required');
  if (limits.min !== undefined && count < limits.min) {
    return t('validation.tooShort', { min: limits.min });
  }
  if (count > limits.max) return t('validation.tooLong', { max: limits.max });
  return undefined;
}

/** The same limits as the server (shared `Limits`), in the reader's language. */
export function validateSignUp(
  values: SignUpValues,
  t: TFunction<'accounts'>,
): Partial<Record<SignUpField, string>> {
  const errors: Partial<Record<SignUpField, string>> = {};
  const displayName = lengthError(t, values.displayName, Limits.displayName);
  if (displayName) errors.displayName = displayName;
  const email = values.email.trim();
  if (!email) errors.email = t('validation.required');
  else if (!emailPattern.test(email) || email.length > Limits.email.max) {
    errors.email = t('validation.email');
  }
  // Passwords are not trimmed: spaces are legitimate characters of a passphrase.
  if (!values.password) errors.password = t('validation.required');
  else if (characterCount(values.password) < Limits.password.min) {
    errors.password = t('validation.tooShort', { min: Limits.password.min });
  } else if (characterCount(values.password) > Limits.password.max) {
    errors.password = t('validation.tooLong', { max: Limits.password.max });
  }
  if (!Object.values(CommunityRole).includes(values.communityRole as CommunityRole)) {
    errors.communityRole = t('validation.chooseRole');
  }
  const motivation = lengthError(t, values.motivation, Limits.motivation);
  if (motivation) errors.motivation = motivation;
  return errors;
}
