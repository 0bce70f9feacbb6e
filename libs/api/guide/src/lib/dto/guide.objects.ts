import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Challenge } from '@wide-open/api/core';
import { GuideStage } from '@wide-open/shared/contracts';
import { GuideSuggestionStatus } from '../entities/guide-suggestion.entity';

export enum GuideChapterStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
export enum GuideReferenceKind {
  LESSON = 'LESSON',
  PLACE = 'PLACE',
}
registerEnumType(GuideStage, {
  name: 'GuideStage',
  description: 'From the idea of a tiers-lieu to growing it, in reading order.',
});
registerEnumType(GuideChapterStatus, {
  name: 'GuideChapterStatus',
  description: 'DRAFT until a version is published; editors only see drafts.',
});
registerEnumType(GuideReferenceKind, { name: 'GuideReferenceKind' });

@ObjectType('GuideReference', {
  description: 'A lesson or place a chapter embeds, resolved when read.',
})
export class GuideReferenceObject {
  @Field(() => GuideReferenceKind) kind!: GuideReferenceKind;
  @Field({ description: 'As written after the colon: a lesson id or a place slug.' }) key!: string;
  @Field({ description: '`lesson:<id>` or `place:<slug>`, as in the Markdown token.' })
  token!: string;
  @Field({ description: 'False when it was removed or hidden: show it as unavailable.' })
  available!: boolean;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Path in the web app.' })
  path!: string | null;
  @Field(() => String, { nullable: true, description: 'A lesson: the place it comes from.' })
  placeName!: string | null;
  @Field(() => String, { nullable: true, description: 'A place: its city; a lesson: its place.' })
  city!: string | null;
}

@ObjectType('GuideChapterVersion', {
  description: 'One saved edit, never changed: both languages, its author, note and date.',
})
export class GuideChapterVersionObject {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() titleFr!: string;
  @Field() titleEn!: string;
  @Field({ description: 'Markdown with `[[lesson:<id>]]` / `[[place:<slug>]]` tokens.' })
  bodyFr!: string;
  @Field() bodyEn!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
  @Field({ description: 'Whether this is the version readers see.' }) isPublished!: boolean;
  authorId!: string;
  chapterId!: string;
}

@ObjectType('GuideChapter')
export class GuideChapterObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field(() => GuideStage) stage!: GuideStage;
  @Field(() => Int) position!: number;
  @Field(() => [Challenge]) challenges!: Challenge[];
  @Field(() => GuideChapterStatus) status!: GuideChapterStatus;
  @Field(() => Date, {
    nullable: true,
    description: 'When the version readers see was published ("updated on").',
  })
  publishedAt!: Date | null;
  publishedVersionId!: string | null;
}

@ObjectType('GuideStageSection', { description: 'A stage and its chapters, in order.' })
export class GuideStageObject {
  @Field(() => GuideStage) stage!: GuideStage;
  @Field(() => [GuideChapterObject]) chapters!: GuideChapterObject[];
}

@ObjectType('Guide')
export class GuideObject {
  @Field(() => [GuideStageObject], { description: 'Every stage, in order, even when empty.' })
  stages!: GuideStageObject[];
  @Field(() => Date, { nullable: true, description: 'The latest publication.' })
  updatedAt!: Date | null;
  @Field({ description: 'The printable guide: add ?lang=fr or ?lang=en.' }) pdfUrl!: string;
}

@ObjectType('GuideSuggestion')
export class GuideSuggestionObject {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) proposedWording!: string | null;
  @Field() language!: string;
  @Field(() => GuideSuggestionStatus) status!: GuideSuggestionStatus;
  @Field(() => String, { nullable: true }) reviewNote!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field() createdAt!: Date;
  chapterId!: string;
  authorId!: string;
  reviewedById!: string | null;
}
