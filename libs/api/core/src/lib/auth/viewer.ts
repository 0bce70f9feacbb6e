import type { MemberRole, MemberStatus } from '@wide-open/shared/contracts';

/** Who is making a request: resolved from a server-side session on every request. */
export interface Viewer {
  memberId: string;
  sessionId: string;
  role: MemberRole;
  status: MemberStatus;
}

/** Implemented by the accounts domain; core only knows the shape. */
export interface SessionResolver {
  /** The viewer for a raw session token, or null when the session is unknown, expired or revoked. */
  resolve(token: string): Promise<Viewer | null>;
}

export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');
