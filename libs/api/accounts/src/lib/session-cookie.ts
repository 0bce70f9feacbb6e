import type { Response } from 'express';
import { SESSION_COOKIE } from '@wide-open/shared/contracts';

/**
 * The web app's session cookie: httpOnly (scripts cannot read it), SameSite=Lax (not sent on
 * cross-site POSTs), Secure when the platform is served over HTTPS.
 */
export function setSessionCookie(
  res: Response,
  token: string,
  expiresAt: Date,
  secure: boolean,
): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
