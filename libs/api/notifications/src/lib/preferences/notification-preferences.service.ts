import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BadInputError } from '@wide-open/api/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import {
  DEFAULT_DELIVERY,
  FIXED_TYPES,
  isDigest,
  isNotificationType,
  NOTIFICATION_TYPES,
  NotificationDelivery,
  NotificationType,
} from '../notification-rules';

export interface PreferenceView {
  type: NotificationType;
  delivery: NotificationDelivery;
  configurable: boolean;
}

/** Who a batch of notifications goes to: where to email them, and what they chose. */
export interface Recipient {
  memberId: string;
  email: string;
  displayName: string;
  locale: string;
  status: MemberStatus;
  choices: Map<string, NotificationDelivery>;
}

/** Members' choices per notification type, and the rule that applies without one. */
@Injectable()
export class NotificationPreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every type, with the member's choice or its default. */
  async list(memberId: string): Promise<PreferenceView[]> {
    const rows = await this.dataSource.query<
      Array<{ type: string; delivery: NotificationDelivery }>
    >('SELECT type, delivery FROM notification_preferences WHERE member_id = $1', [memberId]);
    const chosen = new Map(rows.map((r) => [r.type, r.delivery]));
    return NOTIFICATION_TYPES.map((type) => ({
      type,
      delivery: FIXED_TYPES.has(type)
        ? DEFAULT_DELIVERY[type]
        : (chosen.get(type) ?? DEFAULT_DELIVERY[type]),
      configurable: !FIXED_TYPES.has(type),
    }));
  }

  /**
   * Records the member's choice. Notifications of that type still waiting for a digest follow
   * it: into the other digest, or out of digests altogether.
   */
  async set(
    memberId: string,
    type: string,
    delivery: NotificationDelivery,
  ): Promise<PreferenceView> {
    if (!isNotificationType(type)) throw new BadInputError({ type: 'is not a notification type' });
    if (!Object.values(NotificationDelivery).includes(delivery))
      throw new BadInputError({ delivery: 'is not a delivery' });
    if (FIXED_TYPES.has(type))
      throw new BadInputError({
        type: 'cannot be changed: the decision on an application is always emailed',
      });
    await this.dataSource.transaction((manager) =>
      this.setWithin(manager, memberId, type, delivery),
    );
    return { type, delivery, configurable: true };
  }

  async setWithin(
    manager: EntityManager,
    memberId: string,
    type: NotificationType,
    delivery: NotificationDelivery,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preferences (member_id, type, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (member_id, type) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [memberId, type, delivery],
    );
    await manager.query(
      `UPDATE notifications SET digest = $3
        WHERE member_id = $1 AND type = $2 AND digest IS NOT NULL AND digested_at IS NULL`,
      [memberId, type, isDigest(delivery) ? delivery : null],
    );
  }

  /** One query for a whole batch: each recipient's address, language and choices for these types. */
  async recipients(
    manager: EntityManager,
    memberIds: string[],
    types: string[],
  ): Promise<Map<string, Recipient>> {
    const rows = await manager.query<
      Array<{
        id: string;
        email: string;
        display_name: string;
        locale: string;
        status: MemberStatus;
        choices: Record<string, NotificationDelivery> | null;
      }>
    >(
      `SELECT m.id, m.email, m.display_name, m.locale, m.status,
              (SELECT jsonb_object_agg(p.type, p.delivery) FROM notification_preferences p
                WHERE p.member_id = m.id AND p.type = ANY($2::varchar[])) AS choices
         FROM members m
        WHERE m.id = ANY($1::uuid[])`,
      [memberIds, types],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          memberId: r.id,
          email: r.email,
          displayName: r.display_name,
          locale: r.locale,
          status: r.status,
          choices: new Map(Object.entries(r.choices ?? {})),
        },
      ]),
    );
  }
}
