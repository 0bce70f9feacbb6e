import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Tag', { description: 'A skill or interest members use, with how many use it.' })
export class TagObject {
  @Field() name!: string;
  @Field(() => Int) count!: number;
}
