import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Challenge } from '@wide-open/api/core';

@ObjectType('ChallengeOverview', { description: 'One common challenge across the movement.' })
export class ChallengeOverviewObject {
  @Field(() => Challenge) challenge!: Challenge;
  @Field(() => Int) placesCount!: number;
  @Field(() => Int) lessonsCount!: number;
  @Field(() => [String], { description: 'Countries of the places that faced it.' })
  countries!: string[];
}
