import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Challenge } from '@wide-open/api/core';

@ObjectType('LessonFigure', {
  description: 'A number that tells the story: a cost, people reached.',
})
export class LessonFigureObject {
  @Field() label!: string;
  @Field(() => Float) value!: number;
  @Field(() => String, { nullable: true }) unit!: string | null;
}

@ObjectType('Lesson')
export class LessonObject {
  @Field(() => ID) id!: string;
  @Field(() => Challenge) challenge!: Challenge;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) context!: string | null;
  @Field() whatWeTried!: string;
  @Field() outcome!: string;
  @Field(() => String, { nullable: true }) advice!: string | null;
  @Field(() => [LessonFigureObject]) figures!: LessonFigureObject[];
  @Field() createdAt!: Date;
  placeId!: string;
  authorId!: string;
}
