import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  PageArgs,
  type Connection,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { MemberLoader, MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { BlocksService } from './blocks.service';
import { ConversationsService } from './conversations.service';
import {
  AddParticipantsArgs,
  ConversationIdArgs,
  EditMessageArgs,
  MarkReadArgs,
  MemberIdArgs,
  RenameConversationArgs,
  SendMessageInput,
} from './dto/messaging.inputs';
import { ConversationObject, MessageObject, ReadMarkObject } from './dto/messaging.objects';
import {
  LastMessageLoader,
  ParticipantsLoader,
  UnreadMessagesLoader,
} from './loaders/messaging.loaders';
import { toConversationObject, toMessageObject } from './messaging.mapper';
import { MessagingService } from './messaging.service';

export const ConversationConnection = ConnectionType(ConversationObject, 'Conversation');
export const MessageConnection = ConnectionType(MessageObject, 'Message');

@Resolver(() => ConversationObject)
export class ConversationsResolver {
  constructor(
    private readonly messaging: MessagingService,
    private readonly conversationsService: ConversationsService,
    private readonly blocks: BlocksService,
    private readonly participantsLoader: ParticipantsLoader,
    private readonly lastMessageLoader: LastMessageLoader,
    private readonly unreadLoader: UnreadMessagesLoader,
  ) {}

  @Query(() => ConversationConnection, {
    description: 'The viewer’s conversations, most recent first.',
  })
  @ActiveMember()
  async conversations(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<ConversationObject>> {
    const page = await this.conversationsService.list(viewer, first, after);
    return {
      ...page,
      edges: page.edges.map((e) => ({ ...e, node: toConversationObject(e.node) })),
    };
  }

  @Query(() => ConversationObject, {
    nullable: true,
    description: 'Participants only; anyone else: NOT_FOUND.',
  })
  @ActiveMember()
  async conversation(
    @Args() { id }: ConversationIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return toConversationObject(await this.messaging.participantConversation(viewer, id));
  }

  @Query(() => Int, { description: 'Unread messages across conversations: the inbox badge.' })
  @ActiveMember()
  unreadMessagesCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.conversationsService.totalUnread(viewer);
  }

  @Query(() => [String], { description: 'Ids of the members the viewer blocked.' })
  @ActiveMember()
  blockedMemberIds(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return this.blocks.blockedBy(viewer);
  }

  @Mutation(() => MessageObject, {
    description: 'Idempotent on clientMessageId; stored before anyone is told.',
  })
  @ActiveMember()
  async sendMessage(
    @Args('input') input: SendMessageInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MessageObject> {
    return toMessageObject(await this.messaging.send(viewer, input));
  }

  @Mutation(() => ConversationObject)
  @ActiveMember()
  async markConversationRead(
    @Args() { conversationId, messageId }: MarkReadArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return toConversationObject(
      await this.conversationsService.markRead(viewer, conversationId, messageId),
    );
  }

  @Mutation(() => MessageObject, { description: 'Its author; shown as edited to the others.' })
  @ActiveMember()
  async editMessage(
    @Args() { id, body }: EditMessageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MessageObject> {
    return toMessageObject(await this.conversationsService.edit(viewer, id, body));
  }

  @Mutation(() => MessageObject, { description: 'Its author; shown as removed to the others.' })
  @ActiveMember()
  async deleteMessage(
    @Args() { id }: ConversationIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MessageObject> {
    return toMessageObject(await this.conversationsService.edit(viewer, id, null));
  }

  @Mutation(() => ConversationObject, { description: 'Groups: any participant names it.' })
  @ActiveMember()
  async renameConversation(
    @Args() { id, title }: RenameConversationArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return toConversationObject(await this.conversationsService.rename(viewer, id, title ?? null));
  }

  @Mutation(() => ConversationObject, {
    description: 'Groups: the creator adds members (50 at most).',
  })
  @ActiveMember()
  async addConversationParticipants(
    @Args() { id, memberIds }: AddParticipantsArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return toConversationObject(
      await this.conversationsService.addParticipants(viewer, id, memberIds),
    );
  }

  @Mutation(() => Boolean, { description: 'Leaves a group.' })
  @ActiveMember()
  async leaveConversation(
    @Args() { id }: ConversationIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.conversationsService.leave(viewer, id);
    return true;
  }

  @Mutation(() => Boolean)
  @ActiveMember()
  async blockMember(
    @Args() { memberId }: MemberIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.blocks.block(viewer, memberId);
    return true;
  }

  @Mutation(() => Boolean)
  @ActiveMember()
  async unblockMember(
    @Args() { memberId }: MemberIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.blocks.unblock(viewer, memberId);
    return true;
  }

  @ResolveField(() => [MemberObject])
  async participants(
    @Parent() c: ConversationObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject[]> {
    return (await ctx.loaders.get(this.participantsLoader).load(c.id)).map((p) =>
      toMemberObject(p.member!, viewer),
    );
  }

  @ResolveField(() => [ReadMarkObject], {
    description: 'Where each participant stopped reading (read marks).',
  })
  async readMarks(
    @Parent() c: ConversationObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReadMarkObject[]> {
    return (await ctx.loaders.get(this.participantsLoader).load(c.id)).map((p) => ({
      member: toMemberObject(p.member!, viewer),
      messageId: p.lastReadMessageId,
    }));
  }

  @ResolveField(() => Int)
  unreadCount(
    @Parent() c: ConversationObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<number> {
    return ctx.loaders.get(this.unreadLoader).load(`${viewer.memberId}:${c.id}`);
  }

  @ResolveField(() => MessageObject, { nullable: true })
  async lastMessage(
    @Parent() c: ConversationObject,
    @Context() ctx: GraphQLContext,
  ): Promise<MessageObject | null> {
    const message = await ctx.loaders.get(this.lastMessageLoader).load(c.id);
    return message && toMessageObject(message);
  }

  @ResolveField(() => MessageConnection, { description: 'Newest first.' })
  async messages(
    @Parent() c: ConversationObject,
    @Args() { first, after }: PageArgs,
  ): Promise<Connection<MessageObject>> {
    const page = await this.conversationsService.messages(c.id, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toMessageObject(e.node) })) };
  }
}

@Resolver(() => MessageObject)
export class MessageFieldsResolver {
  constructor(private readonly members: MemberLoader) {}

  @ResolveField(() => MemberObject)
  async author(
    @Parent() m: MessageObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject((await ctx.loaders.get(this.members).load(m.authorId))!, viewer);
  }
}
