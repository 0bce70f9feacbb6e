import { Field, ObjectType } from '@nestjs/graphql';
import { PostObject, ThreadObject } from './discussion.objects';

@ObjectType('PostSearchHit')
export class PostSearchHitObject {
  @Field(() => PostObject) post!: PostObject;
  @Field(() => ThreadObject) thread!: ThreadObject;
  @Field({
    description:
      'An excerpt around the matches; highlighted words sit between \\u0002 and \\u0003.',
  })
  snippet!: string;
  threadId!: string;
}
