import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Loaders } from '../graphql/loaders';

/** What every GraphQL resolver can reach: the HTTP exchange and this request's DataLoaders. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: Loaders;
}

export function requestFromContext(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

/** The client address, honouring `TRUST_PROXY` through express's `req.ip`. */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** The language a request asks for (Accept-Language), among the two the platform speaks. */
export function requestLanguage(req: Request | undefined): 'fr' | 'en' {
  const header = req?.headers['accept-language'] ?? '';
  return /^\s*fr\b/i.test(header) ? 'fr' : 'en';
}
