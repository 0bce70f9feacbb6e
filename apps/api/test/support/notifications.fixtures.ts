import request from 'supertest';
import type { Mail } from './outbox';
import type { TestApp } from './test-app';

export const PREFERENCES = /* GraphQL */ `
  query {
    notificationPreferences {
      type
      delivery
      configurable
    }
  }
`;
export const SET_PREFERENCE = /* GraphQL */ `
  mutation Set($type: NotificationType!, $delivery: NotificationDelivery!) {
    setNotificationPreference(type: $type, delivery: $delivery) {
      type
      delivery
      configurable
    }
  }
`;

export async function setPreference(
  t: TestApp,
  token: string,
  type: string,
  delivery: string,
): Promise<void> {
  const res = await t.gql(SET_PREFERENCE, { type, delivery }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

export async function setLocale(t: TestApp, memberId: string, locale: 'fr' | 'en') {
  await t.dataSource.query('UPDATE members SET locale = $2 WHERE id = $1', [memberId, locale]);
}

export interface StoredNotification {
  id: string;
  type: string;
  payload: Record<string, string | null>;
  digest: string | null;
  read_at: Date | null;
}

export function notificationsOf(t: TestApp, memberId: string, type?: string) {
  return t.dataSource.query<StoredNotification[]>(
    `SELECT id, type, payload, digest, read_at FROM notifications
      WHERE member_id = $1 AND ($2::text IS NULL OR type = $2) ORDER BY id`,
    [memberId, type ?? null],
  );
}

export function mailsTo(t: TestApp, email: string): Mail[] {
  return t.outbox().filter((m) => m.to === email);
}

/** The unsubscribe token in an email's text. */
export function unsubscribeToken(mail: Mail): string {
  const match = /\/notifications\/unsubscribe\?token=([^\s]+)/.exec(mail.text);
  if (!match) throw new Error(`no unsubscribe link in: ${mail.text}`);
  return match[1];
}

export function unsubscribe(t: TestApp, token: string | undefined) {
  const req = request(t.app.getHttpServer()).get('/notifications/unsubscribe');
  return token === undefined ? req : req.query({ token });
}
