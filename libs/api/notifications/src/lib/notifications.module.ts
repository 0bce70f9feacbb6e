import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationClock } from './clock';
import { DigestService } from './digest/digest.service';
import { MessageEmailsService } from './email/message-emails.service';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { NotificationEntity } from './entities/notification.entity';
import { MembershipNotificationsListener } from './listeners/membership-notifications.listener';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationPreferencesResolver } from './preferences/notification-preferences.resolver';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { UnsubscribeTokens } from './unsubscribe/unsubscribe-tokens';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe/unsubscribe.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity])],
  controllers: [UnsubscribeController],
  providers: [
    DigestService,
    MembershipNotificationsListener,
    MessageEmailsService,
    NotificationClock,
    NotificationPreferencesResolver,
    NotificationPreferencesService,
    NotificationsResolver,
    NotificationsService,
    UnsubscribeService,
    UnsubscribeTokens,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
