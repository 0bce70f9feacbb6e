import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConnectionType,
  CurrentViewer,
  Public,
  type Connection,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { MemberLoader, MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { PlaceObject } from './dto/place.object';
import { PlacesArgs } from './dto/places.args';
import type { PlaceEntity } from './entities/place.entity';
import { PlacesService } from './places.service';

export const PlaceConnection = ConnectionType(PlaceObject, 'Place');

const toPlaceObject = (p: PlaceEntity): PlaceObject => ({ ...p, createdById: p.createdById });

@Resolver(() => PlaceObject)
export class PlacesResolver {
  constructor(
    private readonly placesService: PlacesService,
    private readonly memberLoader: MemberLoader,
  ) {}

  @Query(() => PlaceObject, { nullable: true })
  @Public()
  async place(@Args('slug') slug: string): Promise<PlaceObject | null> {
    const place = await this.placesService.bySlug(slug.slice(0, 80));
    return place && toPlaceObject(place);
  }

  @Query(() => PlaceConnection, { description: 'Places, alphabetical. Public.' })
  @Public()
  async places(@Args() { filter, first, after }: PlacesArgs): Promise<Connection<PlaceObject>> {
    const page = await this.placesService.list(filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toPlaceObject(e.node) })) };
  }

  @ResolveField(() => MemberObject)
  async createdBy(
    @Parent() place: PlaceObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    const member = await ctx.loaders.get(this.memberLoader).load(place.createdById);
    if (!member) throw new Error(`Place ${place.id} has no creator`);
    return toMemberObject(member, viewer);
  }
}
