import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberObject } from '@wide-open/api/accounts';

@ObjectType('Message')
export class MessageObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) conversationId!: string;
  @Field({ description: 'Markdown; empty when removed.' }) body!: string;
  @Field() clientMessageId!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field() deleted!: boolean;
  authorId!: string;
}

@ObjectType('ReadMark', { description: 'How far a participant has read.' })
export class ReadMarkObject {
  @Field(() => MemberObject) member!: MemberObject;
  @Field(() => ID, { nullable: true }) messageId!: string | null;
}

@ObjectType('Conversation')
export class ConversationObject {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Groups only; anyone in the group may rename it.',
  })
  title!: string | null;
  @Field() isGroup!: boolean;
  @Field() lastMessageAt!: Date;
  @Field() createdAt!: Date;
  @Field(() => ID) createdById!: string;
}
