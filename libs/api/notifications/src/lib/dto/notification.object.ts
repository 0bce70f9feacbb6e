import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';

@ObjectType('Notification')
export class NotificationObject {
  @Field(() => ID) id!: string;
  @Field() type!: string;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => GraphQLJSON) payload!: Record<string, string | number | boolean | null>;
}
