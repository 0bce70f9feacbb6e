import { Challenge } from '@wide-open/shared/contracts';

export function isChallenge(value: string | null | undefined): value is Challenge {
  return (Object.values(Challenge) as string[]).includes(value ?? '');
}
