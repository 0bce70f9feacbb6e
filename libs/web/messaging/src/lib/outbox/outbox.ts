import { ErrorCode } from '@wide-open/shared/contracts';

/**
 * The outbox: messages written but not yet acknowledged by the server. Pure functions over an
 * immutable list, so the rules (order, retry, dedupe) are tested without a browser or a socket.
 */
export type OutboxStatus = 'pending' | 'failed';

export interface OutboxError {
  code: string;
  message: string;
}

export interface OutboxEntry {
  /** Chosen once, kept across retries and reloads: the server stores a message once per id. */
  clientMessageId: string;
  conversationId: string;
  body: string;
  /** When it was written (ISO): it sorts the not-yet-stored messages after the stored ones. */
  createdAt: string;
  status: OutboxStatus;
  error: OutboxError | null;
}

export type Outbox = readonly OutboxEntry[];

export function enqueue(
  outbox: Outbox,
  entry: Pick<OutboxEntry, 'clientMessageId' | 'conversationId' | 'body' | 'createdAt'>,
): Outbox {
  if (outbox.some((e) => e.clientMessageId === entry.clientMessageId)) return outbox;
  return [...outbox, { ...entry, status: 'pending', error: null }];
}

/** The server stored it (ack, GraphQL answer, or our own `message:new`): forget it. */
export function acknowledge(outbox: Outbox, clientMessageId: string): Outbox {
  return outbox.some((e) => e.clientMessageId === clientMessageId)
    ? outbox.filter((e) => e.clientMessageId !== clientMessageId)
    : outbox;
}

export function markFailed(outbox: Outbox, clientMessageId: string, error: OutboxError): Outbox {
  return outbox.map((e) =>
    e.clientMessageId === clientMessageId ? { ...e, status: 'failed', error } : e,
  );
}

/** Retry: back in the queue with the same clientMessageId, so a retry can never duplicate. */
export function retry(outbox: Outbox, clientMessageId: string): Outbox {
  return outbox.map((e) =>
    e.clientMessageId === clientMessageId ? { ...e, status: 'pending', error: null } : e,
  );
}

export function discard(outbox: Outbox, clientMessageId: string): Outbox {
  return acknowledge(outbox, clientMessageId);
}

/** What to send now, oldest first: order of sending is the order of storing. */
export function pendingEntries(outbox: Outbox): OutboxEntry[] {
  return outbox
    .filter((e) => e.status === 'pending')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * A conversation's unacknowledged messages, minus those the server already delivered (the
 * `message:new` can arrive before the acknowledgement): never shown twice.
 */
export function visibleEntries(
  outbox: Outbox,
  conversationId: string,
  deliveredClientIds: ReadonlySet<string>,
): OutboxEntry[] {
  return outbox
    .filter(
      (e) => e.conversationId === conversationId && !deliveredClientIds.has(e.clientMessageId),
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Refusals that sending again cannot fix by itself (blocked, too long, not a participant):
 * shown as failed, with Retry left to the person. Anything else (network, timeout, server
 * restart) keeps the message pending and it is sent again automatically.
 */
export function isRefusal(code: string): boolean {
  return refusals.has(code);
}

const refusals = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.UNAUTHENTICATED,
]);

/**
 * Reads a stored outbox defensively (another version of the app, or a hand-edited value, may
 * have written it): malformed entries are dropped rather than crashing the page.
 */
export function parseOutbox(raw: string | null): Outbox {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter(isEntry).map((e) => ({
    clientMessageId: e.clientMessageId,
    conversationId: e.conversationId,
    body: e.body,
    createdAt: e.createdAt,
    status: e.status === 'failed' ? 'failed' : 'pending',
    error: e.status === 'failed' ? isError(e.error) : null,
  }));
}

function isEntry(value: unknown): value is OutboxEntry {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['clientMessageId'] === 'string' &&
    typeof v['conversationId'] === 'string' &&
    typeof v['body'] === 'string' &&
    typeof v['createdAt'] === 'string'
  );
}

function isError(value: unknown): OutboxError | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  return typeof v['code'] === 'string' && typeof v['message'] === 'string'
    ? { code: v['code'], message: v['message'] }
    : null;
}

/** The newest of two message ids (UUID v7: the string order is the order of storing). */
export function newestId(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
