import { NotificationDelivery } from '../notification-rules';
import { digestCutoff } from './digest-schedule';

const at = (iso: string) => new Date(iso);

describe('digestCutoff', () => {
  // 2026-03-02 is a Monday.
  it('daily: today at the hour once it has passed, else yesterday at the hour', () => {
    expect(digestCutoff(NotificationDelivery.DAILY, at('2026-03-03T07:00:00Z'), 7)).toEqual(
      at('2026-03-03T07:00:00Z'),
    );
    expect(digestCutoff(NotificationDelivery.DAILY, at('2026-03-03T06:59:59Z'), 7)).toEqual(
      at('2026-03-02T07:00:00Z'),
    );
    expect(digestCutoff(NotificationDelivery.DAILY, at('2026-03-03T23:30:00Z'), 7)).toEqual(
      at('2026-03-03T07:00:00Z'),
    );
  });

  it('weekly: the latest Monday at the hour', () => {
    expect(digestCutoff(NotificationDelivery.WEEKLY, at('2026-03-03T07:00:00Z'), 7)).toEqual(
      at('2026-03-02T07:00:00Z'),
    );
    expect(digestCutoff(NotificationDelivery.WEEKLY, at('2026-03-09T07:00:00Z'), 7)).toEqual(
      at('2026-03-09T07:00:00Z'),
    );
    expect(digestCutoff(NotificationDelivery.WEEKLY, at('2026-03-09T06:00:00Z'), 7)).toEqual(
      at('2026-03-02T07:00:00Z'),
    );
    expect(digestCutoff(NotificationDelivery.WEEKLY, at('2026-03-08T12:00:00Z'), 7)).toEqual(
      at('2026-03-02T07:00:00Z'),
    );
  });
});
