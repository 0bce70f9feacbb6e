import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Challenge, PlaceKind, PlaceStatus } from '@wide-open/api/core';

@ObjectType('Place')
export class PlaceObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() summary!: string;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) description!: string | null;
  @Field(() => [PlaceKind]) kinds!: PlaceKind[];
  @Field(() => PlaceStatus) status!: PlaceStatus;
  @Field(() => Int, { nullable: true }) foundedYear!: number | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field() city!: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country!: string;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => [String]) links!: string[];
  @Field(() => [String], { description: 'PeerTube, YouTube or Vimeo pages.' }) videos!: string[];
  @Field(() => [Challenge]) challenges!: Challenge[];
  @Field(() => [String]) facts!: string[];
  @Field(() => Boolean, {
    description: 'Hidden by a moderator: only its team and moderators see it.',
  })
  hidden!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was hidden (team and moderators).' })
  hiddenReason!: string | null;
  @Field() createdAt!: Date;
  /** Resolved through the per-request member loader. */
  createdById!: string;
}
