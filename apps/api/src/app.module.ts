import { Module, type DynamicModule } from '@nestjs/common';
import { AccountsModule } from '@wide-open/api/accounts';
import { CoreModule, type AppConfig } from '@wide-open/api/core';
import { DemoModule } from '@wide-open/api/demo';
import { DiscussionsModule } from '@wide-open/api/discussions';
import { EventsModule } from '@wide-open/api/events';
import { GuideModule } from '@wide-open/api/guide';
import { JournalModule } from '@wide-open/api/journal';
import { MembersModule } from '@wide-open/api/members';
import { MessagingModule } from '@wide-open/api/messaging';
import { ModerationModule } from '@wide-open/api/moderation';
import { NotificationsModule } from '@wide-open/api/notifications';
import { PlacesModule } from '@wide-open/api/places';
import { PrivacyModule } from '@wide-open/api/privacy';
import { UploadsModule } from '@wide-open/api/uploads';

/** Composition only: the platform is its domains on top of core. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        AccountsModule,
        UploadsModule,
        MembersModule,
        PlacesModule,
        NotificationsModule,
        DiscussionsModule,
        MessagingModule,
        ModerationModule,
        EventsModule,
        GuideModule,
        JournalModule,
        PrivacyModule,
        DemoModule,
      ],
    };
  }
}
