// Typed socket.io event maps: the server and the web client both compile against these.

export interface NotificationPayload {
  id: string;
  type: string;
  readAt: string | null;
  createdAt: string;
  payload: Record<string, unknown>;
}

/** Sent to moderators' sockets when someone applies to join. */
export interface ApplicationNewPayload {
  memberId: string;
}

/** `report:new`, to the moderators' sockets when someone reports content or a member. */
export interface ReportNewPayload {
  reportId: string;
}

/** The author as `post:new` carries it. */
export interface PostEventAuthor {
  id: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
}

/** `post:new`, to the thread's room: the post as GraphQL shows it, with its author. */
export interface PostNewPayload {
  id: string;
  threadId: string;
  body: string;
  researchConsent: boolean;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  hidden: boolean;
  authorId: string;
  replyToId: string | null;
  author: PostEventAuthor;
}

/** `post:updated` (edit, removal, hiding) and `post:reactions`: refetch the post. */
export interface PostChangedPayload {
  postId: string;
  threadId: string;
}

/** `thread:new`, to every ACTIVE member. */
export interface ThreadNewPayload {
  threadId: string;
  categoryId: string;
}

export interface ThreadRoomRequest {
  threadId: string;
}

/** The answer to a client event that can be refused. */
export type SocketAck = { ok: true } | { error: { code: string; message: string } };

/** The author as `message:new`, `message:updated` and `sync` carry it. */
export interface MessageEventAuthor {
  id: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
}

/** A message as the socket carries it (`message:new`, `message:updated`, acks, `sync`). */
export interface MessagePayload {
  id: string;
  conversationId: string;
  author: MessageEventAuthor;
  /** Markdown; empty when removed. */
  body: string;
  clientMessageId: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

/** `message:send`: an existing conversation, or recipients to start (or continue) one. */
export interface SendMessageRequest {
  conversationId?: string;
  recipientIds?: string[];
  body: string;
  /** Chosen by the client: a retry with the same value returns the first message. */
  clientMessageId: string;
}

/** A refusal as socket acks carry it; `fields` holds per-field messages for BAD_USER_INPUT. */
export interface SocketError {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

export type SendMessageAck = { message: MessagePayload } | { error: SocketError };

/** `conversation:read`: a participant read up to `messageId`. */
export interface ConversationReadPayload {
  conversationId: string;
  memberId: string;
  messageId: string;
}

export interface TypingRequest {
  conversationId: string;
}

/** `typing`, to the other participants (the server lets one through every 2 s). */
export interface TypingPayload {
  conversationId: string;
  memberId: string;
}

/** `conversation:watch` / `conversation:unwatch`: the conversation is (no longer) on screen. */
export interface ConversationWatchRequest {
  conversationId: string;
}

export interface SyncRequest {
  /** The last message id the client saw. */
  after: string;
}

/** Everything after `after` in the viewer's conversations, oldest first. */
export type SyncAck = { messages: MessagePayload[] } | { error: SocketError };

/** `application:message`, to the moderators' sockets (applicants have none). */
export interface ApplicationMessagePayload {
  applicantId: string;
  messageId: string;
}

/** `dataExport:progress`, to the member's sockets while their data export is built. */
export interface DataExportProgressPayload {
  id: string;
  /** QUEUED, RUNNING, READY or FAILED. */
  status: string;
  /** 0 to 100. */
  progress: number;
}

export interface ServerToClientEvents {
  'notification:new': (notification: NotificationPayload) => void;
  /**
   * Some of the member's notifications were read elsewhere (another tab, or by opening the
   * conversation they were about): counts shown should be fetched again.
   */
  'notification:read': (read: { count: number }) => void;
  'application:new': (payload: ApplicationNewPayload) => void;
  'report:new': (payload: ReportNewPayload) => void;
  'application:message': (payload: ApplicationMessagePayload) => void;
  'session:revoked': (reason: { reason: string }) => void;
  'post:new': (post: PostNewPayload) => void;
  'post:updated': (change: PostChangedPayload) => void;
  'post:reactions': (change: PostChangedPayload) => void;
  'thread:new': (thread: ThreadNewPayload) => void;
  'message:new': (message: MessagePayload) => void;
  /** An edit or a removal. */
  'message:updated': (message: MessagePayload) => void;
  'conversation:read': (read: ConversationReadPayload) => void;
  typing: (typing: TypingPayload) => void;
  'dataExport:progress': (progress: DataExportProgressPayload) => void;
}

export interface ClientToServerEvents {
  /** Joins the thread's room (ACTIVE members who may read it). */
  'thread:watch': (request: ThreadRoomRequest, ack: (answer: SocketAck) => void) => void;
  'thread:unwatch': (request: ThreadRoomRequest, ack: (answer: SocketAck) => void) => void;
  /** Acknowledged once the message is stored. */
  'message:send': (request: SendMessageRequest, ack: (answer: SendMessageAck) => void) => void;
  typing: (request: TypingRequest, ack: (answer: SocketAck) => void) => void;
  sync: (request: SyncRequest, ack: (answer: SyncAck) => void) => void;
  /** While a conversation is on screen its member is not sent NEW_MESSAGE notifications. */
  'conversation:watch': (
    request: ConversationWatchRequest,
    ack: (answer: SocketAck) => void,
  ) => void;
  'conversation:unwatch': (
    request: ConversationWatchRequest,
    ack: (answer: SocketAck) => void,
  ) => void;
}
