import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlaceTeamRole } from '@wide-open/api/core';
import { MemberObject } from '@wide-open/api/accounts';
import { PlaceObject } from './place.object';

@ObjectType('PlaceMember')
export class PlaceMemberObject {
  @Field(() => MemberObject) member!: MemberObject;
  @Field(() => PlaceTeamRole) role!: PlaceTeamRole;
}

@ObjectType('PlaceMembership', {
  description: 'A place a member belongs to, and their role there.',
})
export class PlaceMembershipObject {
  @Field(() => PlaceObject) place!: PlaceObject;
  @Field(() => PlaceTeamRole) role!: PlaceTeamRole;
}

@ObjectType('PlacePhoto')
export class PlacePhotoObject {
  @Field(() => ID) id!: string;
  @Field({ description: '800 px wide at most.' }) url!: string;
  @Field({ description: '1600 px wide at most.' }) largeUrl!: string;
  @Field({ description: '256 px wide at most.' }) thumbnailUrl!: string;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;
  @Field(() => String, { nullable: true }) caption!: string | null;
}
