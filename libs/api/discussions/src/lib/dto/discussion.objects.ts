import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Challenge } from '@wide-open/api/core';
import { MemberObject } from '@wide-open/api/accounts';

@ObjectType('Category')
export class CategoryObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field({ description: 'In the request’s language (Accept-Language: fr or en).' }) name!: string;
  @Field() description!: string;
  @Field(() => Int) position!: number;
}

@ObjectType('Thread')
export class ThreadObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => Challenge, { nullable: true }) challenge!: Challenge | null;
  @Field() pinned!: boolean;
  @Field() locked!: boolean;
  @Field({ description: 'Hidden by a moderator.' }) hidden!: boolean;
  @Field({ description: 'Its first post waits for a moderator: only its author sees it.' })
  awaitingReview!: boolean;
  @Field(() => Int) postsCount!: number;
  @Field() lastPostAt!: Date;
  @Field() createdAt!: Date;
  categoryId!: string;
  authorId!: string;
  placeId!: string | null;
}

@ObjectType('ReactionCount')
export class ReactionCountObject {
  @Field() emoji!: string;
  @Field(() => Int) count!: number;
  @Field() viewerReacted!: boolean;
  @Field(() => [MemberObject], { description: 'Who reacted (the first 10).' })
  members!: MemberObject[];
}

@ObjectType('PostRevision', { description: 'An earlier wording of a post (moderators).' })
export class PostRevisionObject {
  @Field() body!: string;
  @Field() replacedAt!: Date;
}

@ObjectType('Post')
export class PostObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) threadId!: string;
  @Field({ description: 'Markdown; empty when the post was removed.' }) body!: string;
  @Field() researchConsent!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field({ description: 'Removed by its author: shown as "message removed".' }) deleted!: boolean;
  @Field({ description: 'Hidden by a moderator.' }) hidden!: boolean;
  @Field({
    description:
      'A new member’s post waiting for a moderator (HOLD_FIRST_POSTS): hidden from others until approved.',
  })
  awaitingReview!: boolean;
  authorId!: string;
  replyToId!: string | null;
}
