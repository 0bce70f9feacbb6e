import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '@wide-open/api/core';
import { NotificationPreferenceObject } from '../dto/notification-preference.object';
import { SetNotificationPreferenceArgs } from '../dto/set-notification-preference.args';
import { NotificationPreferencesService } from './notification-preferences.service';

@Resolver(() => NotificationPreferenceObject)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Query(() => [NotificationPreferenceObject], {
    description: 'How the viewer hears of each type of notification (their choice or the default).',
  })
  @SignedIn()
  notificationPreferences(
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationPreferenceObject[]> {
    return this.preferences.list(viewer.memberId);
  }

  @Mutation(() => NotificationPreferenceObject, {
    description:
      'Chooses how the viewer hears of one type; waiting digest items follow the choice.',
  })
  @SignedIn()
  setNotificationPreference(
    @Args() { type, delivery }: SetNotificationPreferenceArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationPreferenceObject> {
    return this.preferences.set(viewer.memberId, type, delivery);
  }
}
