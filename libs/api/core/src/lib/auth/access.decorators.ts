import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { MemberRole } from '@wide-open/shared/contracts';
import { requestFromContext } from '../http/request-context';
import type { Viewer } from './viewer';

export const ACCESS_METADATA = 'wide-open:access';

/**
 * Who may call a query, mutation or route. Every GraphQL operation must declare one: the app
 * refuses to start otherwise (see `AccessPolicyVerifier`).
 * - `public`: anyone, signed in or not (the viewer is still resolved when there is one)
 * - `signed-in`: any member who can sign in, PENDING applicants included
 * - `active`: ACTIVE members, optionally with a minimum role
 */
export type AccessPolicy =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'active'; minimumRole: MemberRole };

export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessPolicy);
export const SignedIn = () =>
  SetMetadata(ACCESS_METADATA, { kind: 'signed-in' } satisfies AccessPolicy);
export const ActiveMember = (minimumRole: MemberRole = MemberRole.MEMBER) =>
  SetMetadata(ACCESS_METADATA, { kind: 'active', minimumRole } satisfies AccessPolicy);

/** The signed-in viewer, or undefined on a `@Public()` operation called anonymously. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | undefined => {
    if (context.getType<string>() === 'ws') {
      return context.switchToWs().getClient<{ data?: { viewer?: Viewer } }>().data?.viewer;
    }
    return requestFromContext(context).user as Viewer | undefined;
  },
);
