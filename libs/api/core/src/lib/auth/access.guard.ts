import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors';
import { requestFromContext } from '../http/request-context';
import { ACCESS_METADATA, type AccessPolicy } from './access.decorators';
import type { Viewer } from './viewer';

/**
 * The global guard: resolves the viewer through passport, then applies the operation's declared
 * access policy. Operations without a policy are refused (fail closed).
 */
@Injectable()
export class AccessGuard extends AuthGuard('session') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestFromContext(context);
  }

  // Never throw from passport: "no session" is a normal state that the policy below judges.
  override handleRequest<TUser = Viewer>(_error: unknown, user: TUser | false): TUser {
    return (user || undefined) as TUser;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Field resolvers run inside an already authorised parent; only entry points are guarded here.
    if (!policy && context.getType<string>() === 'graphql' && isFieldResolver(context)) return true;
    // Socket handlers: the viewer was resolved once, at the handshake (see RealtimeGateway).
    if (context.getType<string>() === 'ws') {
      const data = context.switchToWs().getClient<{ data?: { viewer?: Viewer } }>().data;
      return checkPolicy(policy, data?.viewer);
    }
    const request = requestFromContext(context);
    if (request.user === undefined) await super.canActivate(context);
    const viewer = request.user as Viewer | undefined;
    return checkPolicy(policy, viewer);
  }
}

function isFieldResolver(context: ExecutionContext): boolean {
  const type = Reflect.getMetadata('graphql:resolver_type', context.getHandler()) as string;
  return type !== 'Query' && type !== 'Mutation' && type !== 'Subscription';
}

export function checkPolicy(policy: AccessPolicy | undefined, viewer: Viewer | undefined): true {
  if (!policy) throw new ForbiddenError('This operation declares no access policy.');
  if (policy.kind === 'public') return true;
  if (!viewer) throw new UnauthenticatedError();
  if (policy.kind === 'signed-in') return true;
  if (viewer.status !== MemberStatus.ACTIVE) {
    throw new ForbiddenError('Your membership is not active yet.', { status: viewer.status });
  }
  if (!roleAtLeast(viewer.role, policy.minimumRole)) {
    throw new ForbiddenError(`This needs the ${policy.minimumRole} role.`);
  }
  return true;
}
