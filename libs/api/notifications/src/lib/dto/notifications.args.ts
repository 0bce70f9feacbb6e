import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@wide-open/api/core';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() unreadOnly?: boolean;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'None: all of them.' })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'at most 500 at once' })
  @IsUUID('all', { each: true, message: 'must be notification ids' })
  ids?: string[];
}
