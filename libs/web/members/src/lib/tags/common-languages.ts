/**
 * Languages offered first in pickers and filters: those of the network's places and members.
 * Any BCP 47 code can still be typed.
 */
export const COMMON_LANGUAGES = [
  'fr',
  'en',
  'es',
  'pt',
  'de',
  'it',
  'nl',
  'ar',
  'tl',
  'zh',
  'ja',
  'ko',
  'hi',
  'sw',
  'wo',
  'pl',
  'ru',
  'tr',
] as const;
