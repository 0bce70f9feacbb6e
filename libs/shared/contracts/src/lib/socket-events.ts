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

export interface ServerToClientEvents {
  'notification:new': (notification: NotificationPayload) => void;
  'application:new': (payload: ApplicationNewPayload) => void;
  'session:revoked': (reason: { reason: string }) => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- client events arrive with later domains
export interface ClientToServerEvents {}
