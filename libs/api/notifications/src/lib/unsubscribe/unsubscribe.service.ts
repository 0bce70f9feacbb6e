import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FIXED_TYPES, NotificationDelivery, type NotificationType } from '../notification-rules';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  /** Sets the named type to in-app only (OFF stays OFF); answers that type, or null (and changes nothing) for a bad token. */
  async apply(token: unknown): Promise<NotificationType | null> {
    const claim = this.tokens.verify(token);
    if (!claim || FIXED_TYPES.has(claim.type)) return null;
    return this.dataSource.transaction(async (manager) => {
      const [member] = await manager.query<Array<{ id: string; delivery: string | null }>>(
        `SELECT m.id, p.delivery FROM members m
           LEFT JOIN notification_preferences p ON p.member_id = m.id AND p.type = $2
          WHERE m.id = $1 FOR UPDATE OF m`,
        [claim.memberId, claim.type],
      );
      if (!member) return null;
      // Someone who turned the type off entirely stays off.
      if (member.delivery === NotificationDelivery.OFF) return claim.type;
      await this.preferences.setWithin(
        manager,
        claim.memberId,
        claim.type,
        NotificationDelivery.IN_APP,
      );
      return claim.type;
    });
  }
}
