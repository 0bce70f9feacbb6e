import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Challenge } from '@wide-open/api/core';
import { StoryStatus } from '@wide-open/shared/contracts';

registerEnumType(StoryStatus, {
  name: 'StoryStatus',
  description: 'DRAFT: seen by its author and moderators only. PUBLISHED: public.',
});

@ObjectType('StoryCover')
export class StoryCoverObject {
  @Field(() => ID) id!: string;
  @Field({ description: '800 px wide at most.' }) url!: string;
  @Field({ description: '1600 px wide at most.' }) largeUrl!: string;
  @Field({ description: '256 px wide at most.' }) thumbnailUrl!: string;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;
  @Field(() => String, { nullable: true, description: 'Null: the image is decorative.' })
  alt!: string | null;
}

@ObjectType('StoryRevision', { description: 'A story as it read before an edit.' })
export class StoryRevisionObject {
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() body!: string;
  @Field() replacedAt!: Date;
  replacedById!: string;
}

@ObjectType('Story')
export class StoryObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Chosen from the first title; stable.' }) slug!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => [String], { description: 'PeerTube, YouTube or Vimeo pages (click-to-load).' })
  videos!: string[];
  @Field({ description: 'fr or en.' }) language!: string;
  @Field(() => [Challenge]) challenges!: Challenge[];
  @Field(() => StoryStatus) status!: StoryStatus;
  @Field(() => Date, {
    nullable: true,
    description: 'Its first publication; null for a draft never published.',
  })
  publishedAt!: Date | null;
  @Field(() => Int, { description: '1, then one more at each edit of its content.' })
  version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field({ description: 'Its page on the web app, absolute (PUBLIC_URL).' }) url!: string;
  authorId!: string;
  coverUploadId!: string | null;
  coverAlt!: string | null;
  threadId!: string | null;
}

@ObjectType('Journal', { description: 'The research journal as a whole.' })
export class JournalObject {
  @Field(() => Int) followersCount!: number;
  @Field({ description: 'False when signed out.' }) viewerFollows!: boolean;
  @Field({ description: 'The Atom feed of published stories (absolute; `?lang=fr|en` filters).' })
  feedUrl!: string;
}
