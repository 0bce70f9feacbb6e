import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CommunityRole, IsCountryCode, PageArgs, TagKind, UpperCase } from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';

@InputType()
export class MemberFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words from names, headlines, skills and bios; accents ignored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(Limits.search, { message: `must be at most ${Limits.search} characters` })
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(Limits.profile.tag, { message: `must be at most ${Limits.profile.tag} characters` })
  skill?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(Limits.profile.tag, { message: `must be at most ${Limits.profile.tag} characters` })
  interest?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @UpperCase()
  @IsCountryCode()
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'must be a language code such as fr or en' })
  language?: string;

  @Field(() => CommunityRole, { nullable: true })
  @IsOptional()
  @IsEnum(CommunityRole, { message: 'is not a community role' })
  communityRole?: CommunityRole;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MemberFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberFilter)
  filter?: MemberFilter;
}

@ArgsType()
export class TagsArgs {
  @Field(() => TagKind) @IsEnum(TagKind, { message: 'must be SKILL or INTEREST' }) kind!: TagKind;

  @Field({ description: 'The start of the tag, as typed.' })
  @IsString()
  @Length(1, Limits.profile.tag, {
    message: `must be between 1 and ${Limits.profile.tag} characters`,
  })
  prefix!: string;
}
