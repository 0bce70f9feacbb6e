import { NotificationDelivery, type DigestPeriod } from '../notification-rules';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The latest moment, at or before `now`, when a digest of this period was due: every day at
 * `hour`:00 UTC for DAILY, Mondays at that hour for WEEKLY. A digest carries what arrived before
 * its cut-off, so one sent late still carries the same things, and a second run finds nothing.
 */
export function digestCutoff(period: DigestPeriod, now: Date, hour: number): Date {
  const today = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour, 0, 0, 0),
  );
  let cutoff = today.getTime() <= now.getTime() ? today : new Date(today.getTime() - DAY_MS);
  if (period === NotificationDelivery.WEEKLY) {
    // getUTCDay: 0 is Sunday, 1 Monday.
    const daysSinceMonday = (cutoff.getUTCDay() + 6) % 7;
    cutoff = new Date(cutoff.getTime() - daysSinceMonday * DAY_MS);
  }
  return cutoff;
}
