import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CommunityRole, MemberRole, MemberStatus, Sector } from '@wide-open/api/core';

@ObjectType('Member')
export class MemberObject {
  @Field(() => ID) id!: string;
  @Field() handle!: string;
  @Field() displayName!: string;
  @Field(() => MemberStatus) status!: MemberStatus;
  @Field(() => MemberRole) role!: MemberRole;
  @Field(() => CommunityRole) communityRole!: CommunityRole;
  @Field(() => Sector, { nullable: true }) sector!: Sector | null;
  @Field(() => String, { nullable: true }) headline!: string | null;
  @Field(() => String, { nullable: true }) bio!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => [String]) languages!: string[];
  @Field(() => [String]) skills!: string[];
  @Field(() => [String]) interests!: string[];
  @Field(() => String, { nullable: true }) avatarUrl!: string | null;
  @Field(() => [String], { description: 'Web pages the member shares (site, social profiles).' })
  links!: string[];
  @Field() createdAt!: Date;
  @Field(() => String, { description: 'Preferred language (fr or en).' }) locale!: string;
  @Field(() => Boolean, {
    description:
      'The member deleted their account: displayName answers "Former member" (in the request language) and the profile is empty.',
  })
  isFormerMember!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Only for the member themself and moderators.',
  })
  email!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only for the member themself and moderators.',
  })
  motivation!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Welcome message or rejection reason. Only for the member themself and moderators.',
  })
  decisionMessage!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the application was decided.' })
  decidedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why the member is suspended, for themself and moderators.',
  })
  suspensionReason!: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field() token!: string;
  @Field(() => MemberObject) member!: MemberObject;
}
