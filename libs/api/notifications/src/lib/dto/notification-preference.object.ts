import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationDelivery, NotificationType } from '../notification-rules';

registerEnumType(NotificationType, {
  name: 'NotificationType',
  description: 'What a member can be notified of (the values of `Notification.type`).',
});
registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description:
    'IN_APP: the notification centre only. EMAIL, DAILY, WEEKLY: the centre too, plus an email at once or in a digest. OFF: nothing at all.',
});

@ObjectType('NotificationPreference')
export class NotificationPreferenceObject {
  @Field(() => NotificationType) type!: NotificationType;
  @Field(() => NotificationDelivery) delivery!: NotificationDelivery;
  @Field({ description: 'False for types that cannot be changed (an application’s decision).' })
  configurable!: boolean;
}
