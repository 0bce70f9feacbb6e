import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import {
  CommunityRole,
  IsCountryCode,
  NormaliseTags,
  Sector,
  TrimToNull,
  UpperCase,
} from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';

const P = Limits.profile;
const urlOptions = { protocols: ['http', 'https'], require_protocol: true };

/** Every field is optional: absent means unchanged, null (or blank text) clears it. */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @Length(Limits.displayName.min, Limits.displayName.max, {
    message: `must be between ${Limits.displayName.min} and ${Limits.displayName.max} characters`,
  })
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(Limits.handle.pattern, {
    message: 'may contain only lower-case letters, digits, - and _',
  })
  @Length(Limits.handle.min, Limits.handle.max, {
    message: `must be between ${Limits.handle.min} and ${Limits.handle.max} characters`,
  })
  handle?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @MaxLength(P.headline, { message: `must be at most ${P.headline} characters` })
  headline?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @TrimToNull()
  @MaxLength(P.bio, { message: `must be at most ${P.bio} characters` })
  bio?: string | null;

  @Field(() => CommunityRole, { nullable: true })
  @IsOptional()
  @IsEnum(CommunityRole, { message: 'must be one of PRACTITIONER, RESEARCHER, CREATIVE, CITIZEN' })
  communityRole?: CommunityRole;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsEnum(Sector, { message: 'must be one of PRIVATE, PUBLIC, NONPROFIT, ACADEMIC, CITIZEN' })
  sector?: Sector | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @MaxLength(P.city, { message: `must be at most ${P.city} characters` })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. FR.' })
  @IsOptional()
  @UpperCase()
  @ValidateIf((_o, v) => v !== null)
  @IsCountryCode()
  country?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'BCP 47 language codes, e.g. fr, en, pt-BR.',
  })
  @IsOptional()
  @ArrayMaxSize(P.languages, { message: `at most ${P.languages} languages` })
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, {
    each: true,
    message: 'must be language codes such as fr, en or pt-BR',
  })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @NormaliseTags()
  @ArrayMaxSize(P.tags, { message: `at most ${P.tags} skills` })
  @Length(1, P.tag, { each: true, message: `each skill must be at most ${P.tag} characters` })
  skills?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @NormaliseTags()
  @ArrayMaxSize(P.tags, { message: `at most ${P.tags} interests` })
  @Length(1, P.tag, { each: true, message: `each interest must be at most ${P.tag} characters` })
  interests?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(P.links, { message: `at most ${P.links} links` })
  @MaxLength(P.url, { each: true, message: `each link must be at most ${P.url} characters` })
  @IsUrl(urlOptions, {
    each: true,
    message: 'each link must be a web address starting with https://',
  })
  links?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'An upload of yours (POST /uploads); null removes the avatar.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'is not an upload id' })
  avatarId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['fr', 'en'], { message: 'must be fr or en' })
  locale?: string;
}
