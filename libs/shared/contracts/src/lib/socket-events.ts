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

export interface ServerToClientEvents {
  'notification:new': (notification: NotificationPayload) => void;
  'application:new': (payload: ApplicationNewPayload) => void;
  'session:revoked': (reason: { reason: string }) => void;
  'post:new': (post: PostNewPayload) => void;
  'post:updated': (change: PostChangedPayload) => void;
  'post:reactions': (change: PostChangedPayload) => void;
  'thread:new': (thread: ThreadNewPayload) => void;
}

export interface ClientToServerEvents {
  /** Joins the thread's room (ACTIVE members who may read it). */
  'thread:watch': (request: ThreadRoomRequest, ack: (answer: SocketAck) => void) => void;
  'thread:unwatch': (request: ThreadRoomRequest, ack: (answer: SocketAck) => void) => void;
}
