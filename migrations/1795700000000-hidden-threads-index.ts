import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search leaves out the posts of hidden threads by looking each post's thread up in the set of
 * hidden ones (a hash built once per search): this index reads that set without scanning threads.
 */
export class HiddenThreadsIndex1795700000000 implements MigrationInterface {
  name = 'HiddenThreadsIndex1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "threads_hidden_idx" ON "threads" ("id") WHERE "hidden_at" IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."threads_hidden_idx"');
  }
}
