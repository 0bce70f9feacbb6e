import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What a domain does when an account is deleted, inside the deletion's transaction: remove the
 * member's private traces it owns and repair what their leaving changes for others (a seat freed
 * at an event goes to the waiting list). It returns what to do once the transaction committed
 * (tell the people concerned), or nothing.
 */
export type MemberErasureStep = (
  manager: EntityManager,
  memberId: string,
) => Promise<(() => void) | void>;

/**
 * Lets each domain take part in "delete my account" without the privacy domain knowing every
 * table: domains register a step in `onModuleInit`; the deletion runs them all in its
 * transaction, in the order registered, and then the after-commit work.
 */
@Injectable()
export class MemberErasure {
  private readonly steps: Array<{ domain: string; step: MemberErasureStep }> = [];

  register(domain: string, step: MemberErasureStep): void {
    this.steps.push({ domain, step });
  }

  /** Runs every step; call the result after the transaction commits. */
  async eraseWithin(manager: EntityManager, memberId: string): Promise<() => void> {
    const afterCommit: Array<() => void> = [];
    for (const { step } of this.steps) {
      const then = await step(manager, memberId);
      if (then) afterCommit.push(then);
    }
    return () => afterCommit.forEach((then) => then());
  }
}
