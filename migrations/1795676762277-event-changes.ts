import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventChanges1795676762277 implements MigrationInterface {
  name = 'EventChanges1795676762277';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."events_series_idx"');
    await queryRunner.query('ALTER TABLE "events" ADD "cover_upload_id" uuid');
    await queryRunner.query('ALTER TABLE "events" ADD "cover_url" text');
    await queryRunner.query('ALTER TABLE "events" ADD "moved_from" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE INDEX "events_organizer_idx" ON "events"  ("organizer_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "events_series_idx" ON "events"  ("series_id", "starts_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."events_series_idx"');
    await queryRunner.query('DROP INDEX "public"."events_organizer_idx"');
    await queryRunner.query('ALTER TABLE "events" DROP COLUMN "moved_from"');
    await queryRunner.query('ALTER TABLE "events" DROP COLUMN "cover_url"');
    await queryRunner.query('ALTER TABLE "events" DROP COLUMN "cover_upload_id"');
    await queryRunner.query(
      'CREATE INDEX "events_series_idx" ON "events" USING btree ("series_id") ',
    );
  }
}
