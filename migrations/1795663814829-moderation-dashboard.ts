import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Posts per week on the moderation dashboard: a range scan on created_at, not the whole table. */
export class ModerationDashboard1795663814829 implements MigrationInterface {
  name = 'ModerationDashboard1795663814829';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "posts_created_idx" ON "posts"  ("created_at") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."posts_created_idx"');
  }
}
