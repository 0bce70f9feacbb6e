import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectConfig, type AppConfig, isUuid } from '@wide-open/api/core';
import { isNotificationType, type NotificationType } from '../notification-rules';

const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

export interface UnsubscribeClaim {
  memberId: string;
  type: NotificationType;
}

/**
 * Unsubscribe links that work without signing in: `<memberId>.<type>.<HMAC-SHA256>`, signed
 * with `NOTIFICATION_SECRET` (or, without it, a secret generated once in `DATA_DIR/secrets/`).
 * Changing the member or the type breaks the signature.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly logger = new Logger(UnsubscribeTokens.name);
  private readonly secret: Buffer;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.secret = config.notifications.secret
      ? Buffer.from(config.notifications.secret, 'utf8')
      : this.storedSecret(path.join(config.dataDir, 'secrets', 'notification-secret'));
  }

  sign(memberId: string, type: string): string {
    return `${memberId}.${type}.${this.signature(memberId, type)}`;
  }

  /** The address to put in an email. */
  url(memberId: string, type: string): string {
    return `${this.config.http.publicUrl}/notifications/unsubscribe?token=${this.sign(memberId, type)}`;
  }

  /** The member and type a token names, or null when it is malformed, forged or tampered with. */
  verify(token: unknown): UnsubscribeClaim | null {
    if (typeof token !== 'string' || token.length > 200) return null;
    const [memberId, type, signature, ...rest] = token.split('.');
    if (rest.length > 0 || !memberId || !type || !signature) return null;
    if (!isUuid(memberId) || !isNotificationType(type) || !SIGNATURE.test(signature)) return null;
    const expected = Buffer.from(this.signature(memberId, type), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { memberId, type };
  }

  private signature(memberId: string, type: string): string {
    return createHmac('sha256', this.secret)
      .update(`wide-open:unsubscribe:${memberId}:${type}`)
      .digest('base64url');
  }

  /** Created once, exclusively (instances sharing DATA_DIR agree on the first one written). */
  private storedSecret(file: string): Buffer {
    try {
      return fs.readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      fs.writeFileSync(file, randomBytes(48), { flag: 'wx', mode: 0o600 });
      this.logger.log(
        `Generated the unsubscribe-link secret in ${file} (set NOTIFICATION_SECRET to choose it)`,
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return fs.readFileSync(file);
  }
}
