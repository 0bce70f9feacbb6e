import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One chapter per place in a stage, held by the database as well as by the guide's order lock.
 * Existing chapters are numbered 0..n-1 within their stage first (in their reading order), so
 * earlier duplicates cannot stop the constraint. Deferred to the end of the transaction: a
 * reorder renumbers several chapters in one statement.
 */
export class GuideChapterPlaces1795700200000 implements MigrationInterface {
  name = 'GuideChapterPlaces1795700200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "guide_chapters" c SET "position" = o.ord
      FROM (SELECT id, (row_number() OVER (PARTITION BY stage ORDER BY position, id) - 1)::int AS ord
              FROM "guide_chapters") o
     WHERE o.id = c.id AND c."position" <> o.ord`);
    await queryRunner.query(
      'ALTER TABLE "guide_chapters" ADD CONSTRAINT "guide_chapters_stage_position_key" UNIQUE ("stage", "position") DEFERRABLE INITIALLY DEFERRED',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "guide_chapters" DROP CONSTRAINT "guide_chapters_stage_position_key"',
    );
  }
}
