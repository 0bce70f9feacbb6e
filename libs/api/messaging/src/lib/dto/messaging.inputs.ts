import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { PageArgs, TrimToNull } from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';

const M = Limits.messaging;

@InputType()
export class SendMessageInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An existing conversation; or give recipientIds.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'is not a conversation id' })
  conversationId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Starts (or continues) a conversation with these members.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'name at least one member' })
  @ArrayMaxSize(M.groupSize - 1, { message: `a group has at most ${M.groupSize} members` })
  @ArrayUnique({ message: 'must not repeat a member' })
  @IsUUID('all', { each: true, message: 'must be member ids' })
  recipientIds?: string[];

  @Field({ description: 'Markdown.' })
  @IsString({ message: 'is required' })
  @Length(1, M.body, { message: `must be between 1 and ${M.body} characters` })
  @Matches(/\S/, { message: 'cannot be blank' })
  body!: string;

  @Field({
    description: 'Chosen by the client; a retry with the same value returns the first message.',
  })
  @IsString({ message: 'is required' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be 1 to 64 letters, digits, - or _' })
  clientMessageId!: string;
}

@ArgsType()
export class ConversationIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a conversation id' }) id!: string;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a conversation id' }) conversationId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'is not a message id' }) messageId!: string;
}

@ArgsType()
export class EditMessageArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a message id' }) id!: string;
  @Field()
  @IsString()
  @Length(1, M.body, { message: `must be between 1 and ${M.body} characters` })
  @Matches(/\S/, { message: 'cannot be blank' })
  body!: string;
}

@ArgsType()
export class RenameConversationArgs extends ConversationIdArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @Length(1, M.title, { message: `must be between 1 and ${M.title} characters` })
  title?: string | null;
}

@ArgsType()
export class AddParticipantsArgs extends ConversationIdArgs {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'name at least one member' })
  @ArrayMaxSize(M.groupSize - 1, { message: `a group has at most ${M.groupSize} members` })
  @IsUUID('all', { each: true, message: 'must be member ids' })
  memberIds!: string[];
}

@ArgsType()
export class MemberIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a member id' }) memberId!: string;
}

export { PageArgs };
