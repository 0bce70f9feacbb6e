import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  Public,
  SignedIn,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { DirectoryService } from './directory.service';
import { MembersArgs, TagsArgs } from './dto/members.args';
import { TagObject } from './dto/tag.object';
import { UpdateProfileInput } from './dto/update-profile.input';
import { ProfilesService } from './profiles.service';

export const MemberDirectoryConnection = ConnectionType(MemberObject, 'MemberDirectory');

@Resolver(() => MemberObject)
export class MembersResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly profiles: ProfilesService,
  ) {}

  @Query(() => MemberObject, { nullable: true, description: 'An ACTIVE member’s public profile.' })
  @Public()
  async member(
    @Args('handle') handle: string,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject | null> {
    if (handle.length > 60) return null;
    const member = await this.directory.byHandle(handle);
    return member && toMemberObject(member, viewer);
  }

  @Query(() => MemberDirectoryConnection, {
    description: 'The member directory: ACTIVE members, for ACTIVE members.',
  })
  @ActiveMember()
  async members(
    @Args() { filter, first, after }: MembersArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<MemberObject>> {
    const page = await this.directory.list(filter, first, after);
    return {
      ...page,
      edges: page.edges.map((e) => ({ ...e, node: toMemberObject(e.node, viewer) })),
    };
  }

  @Query(() => [TagObject], { description: 'Skills or interests in use that start with a prefix.' })
  @ActiveMember()
  memberTags(@Args() { kind, prefix }: TagsArgs): Promise<TagObject[]> {
    return this.directory.tags(kind, prefix);
  }

  @Mutation(() => MemberObject, { description: 'Edits the signed-in member’s own profile.' })
  @SignedIn()
  async updateProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject(await this.profiles.update(viewer, input), viewer);
  }
}
