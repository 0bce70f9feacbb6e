import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.tokens';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

/**
 * Sends email through SMTP (`SMTP_URL`), or writes each message to `DATA_DIR/outbox/` as an
 * `.eml` file when no SMTP server is configured, so every flow that emails can be tested.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl
      ? createTransport(config.mail.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transport.sendMail({ from: this.config.mail.from, ...mail })) as {
      message?: Buffer;
      messageId?: string;
    };
    if (this.config.mail.smtpUrl) {
      this.logger.log(`Sent "${mail.subject}" (${info.messageId ?? 'no id'})`);
      return;
    }
    await fs.mkdir(this.config.mail.outboxDir, { recursive: true });
    const file = path.join(this.config.mail.outboxDir, `${uuidv7()}.eml`);
    await fs.writeFile(file, info.message ?? Buffer.alloc(0));
    this.logger.log(`Wrote "${mail.subject}" for ${mail.to} to ${file}`);
  }

  /** For flows where a mail failure must not undo what was done: logged, never thrown. */
  sendInBackground(mail: OutgoingMail): void {
    this.send(mail).catch((error: unknown) =>
      this.logger.error(`Could not send "${mail.subject}": ${String(error)}`),
    );
  }
}
