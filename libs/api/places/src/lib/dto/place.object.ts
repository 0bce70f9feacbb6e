import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Challenge, PlaceKind, PlaceStatus } from '@wide-open/api/core';

@ObjectType('Place')
export class PlaceObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() summary!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [PlaceKind]) kinds!: PlaceKind[];
  @Field(() => PlaceStatus) status!: PlaceStatus;
  @Field(() => Int, { nullable: true }) foundedYear!: number | null;
  @Field() city!: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country!: string;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => [Challenge]) challenges!: Challenge[];
  @Field(() => [String]) facts!: string[];
  /** Resolved through the per-request member loader. */
  createdById!: string;
}
