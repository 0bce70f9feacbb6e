import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { NotificationDelivery, NotificationType } from '../notification-rules';

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => NotificationType)
  @IsEnum(NotificationType, { message: 'is not a notification type' })
  type!: NotificationType;

  @Field(() => NotificationDelivery)
  @IsEnum(NotificationDelivery, { message: 'must be OFF, IN_APP, EMAIL, DAILY or WEEKLY' })
  delivery!: NotificationDelivery;
}
