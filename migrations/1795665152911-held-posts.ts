import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HeldPosts1795665152911 implements MigrationInterface {
  name = 'HeldPosts1795665152911';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "posts" ADD "held_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "threads" ADD "held_at" TIMESTAMP WITH TIME ZONE');
    // The moderators' queue reads held posts oldest first; they are few, so a partial index.
    await queryRunner.query(
      'CREATE INDEX "posts_held_idx" ON "posts" ("held_at", "id") WHERE "held_at" IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."posts_held_idx"');
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "held_at"');
    await queryRunner.query('ALTER TABLE "posts" DROP COLUMN "held_at"');
  }
}
