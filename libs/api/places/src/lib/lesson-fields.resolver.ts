import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  byKeys,
  CurrentViewer,
  type GraphQLContext,
  type LoaderFactory,
  type Viewer,
} from '@wide-open/api/core';
import { MemberLoader, MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { LessonObject } from './dto/lesson.object';
import { PlaceObject } from './dto/place.object';
import { PlaceEntity } from './entities/place.entity';
import { toPlaceObject } from './place.mapper';

/** Places by id, batched per request. */
@Injectable()
export class PlaceLoader implements LoaderFactory<string, PlaceEntity | null> {
  constructor(@InjectRepository(PlaceEntity) private readonly places: Repository<PlaceEntity>) {}
  create() {
    return new DataLoader<string, PlaceEntity | null>(async (ids) =>
      byKeys(ids, await this.places.findBy({ id: In([...ids]) }), (p) => p.id),
    );
  }
}

@Resolver(() => LessonObject)
export class LessonFieldsResolver {
  constructor(
    private readonly members: MemberLoader,
    private readonly placesLoader: PlaceLoader,
  ) {}

  @ResolveField(() => MemberObject)
  async author(
    @Parent() lesson: LessonObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    const member = await ctx.loaders.get(this.members).load(lesson.authorId);
    if (!member) throw new Error(`Lesson ${lesson.id} has no author`);
    return toMemberObject(member, viewer);
  }

  @ResolveField(() => PlaceObject)
  async place(
    @Parent() lesson: LessonObject,
    @Context() ctx: GraphQLContext,
  ): Promise<PlaceObject> {
    const place = await ctx.loaders.get(this.placesLoader).load(lesson.placeId);
    if (!place) throw new Error(`Lesson ${lesson.id} has no place`);
    return toPlaceObject(place);
  }
}
