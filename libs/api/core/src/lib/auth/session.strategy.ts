import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import type { Request } from 'express';
import { SESSION_RESOLVER, type SessionResolver, type Viewer } from './viewer';
import { sessionTokenFromRequest } from './session-token';

/**
 * Passport strategy for the server-side session: one revocable session behind both the bearer
 * token and the web app's cookie. An absent or unknown token is not an error here: the access
 * guard decides whether the operation needed a viewer.
 */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(@Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver) {
    super();
  }

  async validate(req: Request): Promise<Viewer | false> {
    const token = sessionTokenFromRequest(req);
    if (!token) return false;
    return (await this.sessions.resolve(token)) ?? false;
  }
}
