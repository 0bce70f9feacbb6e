import { Challenge } from '@wide-open/shared/contracts';

/** `BUSINESS_MODEL` ↔ `business-model`: readable, stable addresses for challenge pages. */
export function challengeSlug(challenge: Challenge): string {
  return challenge.toLowerCase().replace(/_/g, '-');
}

export function challengeFromSlug(slug: string): Challenge | null {
  const value = slug.toUpperCase().replace(/-/g, '_');
  return (Object.values(Challenge) as string[]).includes(value) ? (value as Challenge) : null;
}
