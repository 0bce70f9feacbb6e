import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { NotificationObject } from './dto/notification.object';
import { MarkReadArgs, NotificationsArgs } from './dto/notifications.args';
import { NotificationsService } from './notifications.service';

export const NotificationConnection = ConnectionType(NotificationObject, 'Notification');

@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first.' })
  @ActiveMember()
  notifications(
    @Args() { unreadOnly, first, after }: NotificationsArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<NotificationObject>> {
    return this.service.list(viewer.memberId, unreadOnly ?? false, first, after);
  }

  @Query(() => Int, { description: 'The badge.' })
  @ActiveMember()
  unreadNotificationsCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer.memberId);
  }

  @Mutation(() => Int, {
    description: 'Marks notifications read (none given: all); answers how many changed.',
  })
  @ActiveMember()
  markNotificationsRead(
    @Args() { ids }: MarkReadArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<number> {
    return this.service.markRead(viewer.memberId, ids);
  }
}
