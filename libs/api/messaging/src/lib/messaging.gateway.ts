import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import {
  ActiveMember,
  AppError,
  CurrentViewer,
  DomainEvents,
  memberRoom,
  validateInput,
  type Viewer,
  isUuid,
} from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conversationWatchRoom } from './conversation-watchers';
import { ConversationsService } from './conversations.service';
import { SendMessageInput } from './dto/messaging.inputs';
import { messagePayload } from './messaging.mapper';
import { MessagingService } from './messaging.service';

const TYPING_INTERVAL_MS = 2000;

type ErrorAck = { error: { code: string; message: string; fields?: unknown } };

function toErrorAck(error: unknown): ErrorAck {
  if (error instanceof AppError) {
    return {
      error: { code: error.code, message: error.message, fields: error.extensions['fields'] },
    };
  }
  throw error;
}

/**
 * `message:send` (with acknowledgement), `typing`, `sync`, and `conversation:watch` /
 * `conversation:unwatch` (a conversation open on screen: its member is not sent NEW_MESSAGE).
 */
@WebSocketGateway()
export class MessagingGateway {
  constructor(
    private readonly messaging: MessagingService,
    private readonly conversations: ConversationsService,
    private readonly events: DomainEvents,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Acknowledged once the message is stored: `{ message }`, or `{ error: { code, message } }`. */
  @SubscribeMessage('message:send')
  @ActiveMember()
  async send(@MessageBody() body: unknown, @CurrentViewer() viewer: Viewer) {
    try {
      const input = await validateInput(SendMessageInput, body);
      const message = await this.messaging.send(viewer, input);
      const author = await this.dataSource.manager.findOneByOrFail(MemberEntity, {
        id: message.authorId,
      });
      return { message: messagePayload(message, author) };
    } catch (error) {
      return toErrorAck(error);
    }
  }

  /** Tells the other participants, at most every two seconds per socket and conversation. */
  @SubscribeMessage('typing')
  @ActiveMember()
  async typing(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: unknown,
    @CurrentViewer() viewer: Viewer,
  ) {
    const conversationId = (body as { conversationId?: unknown } | null)?.conversationId;
    if (!isUuid(conversationId))
      return {
        error: { code: 'BAD_USER_INPUT', message: 'conversationId: is not a conversation id' },
      };
    const last =
      (socket.data as { typingAt?: Map<string, number> }).typingAt ?? new Map<string, number>();
    (socket.data as { typingAt?: Map<string, number> }).typingAt = last;
    const now = Date.now();
    if (now - (last.get(conversationId) ?? 0) < TYPING_INTERVAL_MS) return { ok: true };
    last.set(conversationId, now);
    try {
      await this.messaging.participantConversation(viewer, conversationId);
    } catch (error) {
      return toErrorAck(error);
    }
    const others = (await this.messaging.activeParticipantIds(conversationId)).filter(
      (id) => id !== viewer.memberId,
    );
    this.events.publish({
      type: 'conversation.typing',
      rooms: others.map(memberRoom),
      socketEvent: { name: 'typing', payload: { conversationId, memberId: viewer.memberId } },
    });
    return { ok: true };
  }

  /** The conversation is on screen: new messages in it are read, not notified. */
  @SubscribeMessage('conversation:watch')
  @ActiveMember()
  async watch(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: unknown,
    @CurrentViewer() viewer: Viewer,
  ) {
    const conversationId = (body as { conversationId?: unknown } | null)?.conversationId;
    if (!isUuid(conversationId))
      return {
        error: { code: 'BAD_USER_INPUT', message: 'conversationId: is not a conversation id' },
      };
    try {
      await this.messaging.participantConversation(viewer, conversationId);
    } catch (error) {
      return toErrorAck(error);
    }
    await socket.join(conversationWatchRoom(conversationId));
    return { ok: true };
  }

  @SubscribeMessage('conversation:unwatch')
  @ActiveMember()
  async unwatch(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown) {
    const conversationId = (body as { conversationId?: unknown } | null)?.conversationId;
    if (isUuid(conversationId)) await socket.leave(conversationWatchRoom(conversationId));
    return { ok: true };
  }

  /** Everything after the last message the client saw, oldest first. */
  @SubscribeMessage('sync')
  @ActiveMember()
  async sync(@MessageBody() body: unknown, @CurrentViewer() viewer: Viewer) {
    const after = (body as { after?: unknown } | null)?.after;
    if (!isUuid(after))
      return { error: { code: 'BAD_USER_INPUT', message: 'after: is not a message id' } };
    return { messages: await this.conversations.sync(viewer, after) };
  }
}
