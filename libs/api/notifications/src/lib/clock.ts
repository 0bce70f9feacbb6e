import { Injectable } from '@nestjs/common';

/**
 * "Now" for notifications and digests. A class rather than `new Date()` so that a test can move
 * time forward (create on Monday, run the digest on Tuesday at 07:00).
 */
@Injectable()
export class NotificationClock {
  now(): Date {
    return new Date();
  }
}
