import type { Request } from 'express';
import { SESSION_COOKIE } from '@wide-open/shared/contracts';

/** Reads the session token from `Authorization: Bearer` (API clients) or the session cookie (web). */
export function sessionTokenFrom(headers: {
  authorization?: string;
  cookie?: string;
}): string | undefined {
  const auth = headers.authorization;
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    return match?.[1];
  }
  return readCookie(headers.cookie, SESSION_COOKIE);
}

export function sessionTokenFromRequest(req: Request): string | undefined {
  return sessionTokenFrom({
    authorization: req.headers.authorization,
    cookie: req.headers.cookie,
  });
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
