import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { CommunityRole, Sector } from '@wide-open/api/core';
import { lowerTrim, trimmed } from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';

@InputType()
export class RegisterInput {
  @Field()
  @Transform(lowerTrim)
  @MaxLength(Limits.email.max, { message: `must be at most ${Limits.email.max} characters` })
  @IsEmail({}, { message: 'must be a valid email address' })
  email!: string;

  @Field()
  @IsString()
  @Length(Limits.password.min, Limits.password.max, {
    message: `must be between ${Limits.password.min} and ${Limits.password.max} characters`,
  })
  password!: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @Length(Limits.displayName.min, Limits.displayName.max, {
    message: `must be between ${Limits.displayName.min} and ${Limits.displayName.max} characters`,
  })
  displayName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Derived from the display name when absent.',
  })
  @IsOptional()
  @Transform(lowerTrim)
  @Length(Limits.handle.min, Limits.handle.max, {
    message: `must be between ${Limits.handle.min} and ${Limits.handle.max} characters`,
  })
  @Matches(Limits.handle.pattern, {
    message:
      'may contain only lower-case letters, digits, - and _, and must start and end with a letter or digit',
  })
  handle?: string;

  @Field(() => CommunityRole)
  @IsEnum(CommunityRole, { message: 'must be one of PRACTITIONER, RESEARCHER, CREATIVE, CITIZEN' })
  communityRole!: CommunityRole;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsEnum(Sector, { message: 'must be one of PRIVATE, PUBLIC, NONPROFIT, ACADEMIC, CITIZEN' })
  sector?: Sector;

  @Field({ description: 'Why you want to join: read by the moderators.' })
  @Transform(trimmed)
  @IsString()
  @Length(Limits.motivation.min, Limits.motivation.max, {
    message: `must be between ${Limits.motivation.min} and ${Limits.motivation.max} characters`,
  })
  motivation!: string;

  @Field(() => String, { nullable: true, description: 'fr or en: the language of emails.' })
  @IsOptional()
  @IsIn(['fr', 'en'], { message: 'must be fr or en' })
  locale?: string;
}
