import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConnectionType,
  CurrentViewer,
  SignedIn,
  type Connection,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { MemberObject } from '../dto/member.object';
import { toMemberObject } from '../dto/member.mapper';
import { MemberLoader } from '../loaders/member.loader';
import {
  ApplicationMessageObject,
  ApplicationMessagesArgs,
  SendApplicationMessageArgs,
} from './application-message.dto';
import type { ApplicationMessageEntity } from './application-message.entity';
import { ApplicationMessagesService } from './application-messages.service';

export const ApplicationMessageConnection = ConnectionType(
  ApplicationMessageObject,
  'ApplicationMessage',
);

const toObject = (m: ApplicationMessageEntity): ApplicationMessageObject => ({
  id: m.id,
  body: m.body,
  createdAt: m.createdAt,
  fromModerationTeam: m.authorId !== m.applicantId,
  authorId: m.authorId,
});

@Resolver(() => ApplicationMessageObject)
export class ApplicationMessagesResolver {
  constructor(
    private readonly messages: ApplicationMessagesService,
    private readonly members: MemberLoader,
  ) {}

  @Query(() => ApplicationMessageConnection, {
    description:
      'The exchange on an application, oldest first: moderators for any applicant, an applicant for their own.',
  })
  @SignedIn()
  async applicationMessages(
    @Args() { applicantId, first, after }: ApplicationMessagesArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<ApplicationMessageObject>> {
    const page = await this.messages.list(viewer, applicantId, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toObject(e.node) })) };
  }

  @Mutation(() => ApplicationMessageObject, {
    description:
      'MODERATOR+ writes to a PENDING applicant; the applicant answers once the team has written.',
  })
  @SignedIn()
  async sendApplicationMessage(
    @Args() { applicantId, body }: SendApplicationMessageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ApplicationMessageObject> {
    return toObject(await this.messages.send(viewer, applicantId, body));
  }

  @ResolveField(() => MemberObject)
  async author(
    @Parent() m: ApplicationMessageObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject((await ctx.loaders.get(this.members).load(m.authorId))!, viewer);
  }
}
