import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Guide1795676870606 implements MigrationInterface {
  name = 'Guide1795676870606';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "guide_chapter_versions" ("id" uuid NOT NULL, "chapter_id" uuid NOT NULL, "number" integer NOT NULL, "title_fr" character varying(160) NOT NULL, "title_en" character varying(160) NOT NULL, "body_fr" text NOT NULL, "body_en" text NOT NULL, "note" character varying(500), "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "guide_chapter_versions_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "guide_chapter_versions_author_idx" ON "guide_chapter_versions"  ("author_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "guide_chapter_versions_chapter_created_idx" ON "guide_chapter_versions"  ("chapter_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "guide_chapter_versions_number_key" ON "guide_chapter_versions"  ("chapter_id", "number") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"guide_stage\" AS ENUM('IDEA', 'SITE', 'BUSINESS_MODEL', 'COMMUNITY', 'GOVERNANCE', 'IMPACT', 'SCALING')",
    );
    await queryRunner.query(
      'CREATE TABLE "guide_chapters" ("id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "stage" "public"."guide_stage" NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "challenges" "public"."challenge" array NOT NULL DEFAULT \'{}\', "published_version_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "guide_chapters_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "guide_chapters_slug_key" ON "guide_chapters"  ("slug") ',
    );
    await queryRunner.query(
      'CREATE INDEX "guide_chapters_published_version_idx" ON "guide_chapters"  ("published_version_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "guide_chapters_created_by_idx" ON "guide_chapters"  ("created_by") ',
    );
    await queryRunner.query(
      'CREATE INDEX "guide_chapters_order_idx" ON "guide_chapters"  ("stage", "position", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"guide_suggestion_status\" AS ENUM('OPEN', 'ACCEPTED', 'DECLINED')",
    );
    await queryRunner.query(
      'CREATE TABLE "guide_suggestions" ("id" uuid NOT NULL, "chapter_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" character varying(2000) NOT NULL, "proposed_wording" text, "language" character varying(5) NOT NULL, "status" "public"."guide_suggestion_status" NOT NULL DEFAULT \'OPEN\', "review_note" character varying(1000), "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "guide_suggestions_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "guide_suggestions_author_idx" ON "guide_suggestions"  ("author_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "guide_suggestions_reviewed_by_idx" ON "guide_suggestions"  ("reviewed_by") ',
    );
    await queryRunner.query(
      'CREATE INDEX "guide_suggestions_chapter_status_idx" ON "guide_suggestions"  ("chapter_id", "status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "guide_suggestions_status_created_idx" ON "guide_suggestions"  ("status", "created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_chapter_versions" ADD CONSTRAINT "guide_chapter_versions_chapter_fk" FOREIGN KEY ("chapter_id") REFERENCES "guide_chapters"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_chapter_versions" ADD CONSTRAINT "guide_chapter_versions_author_fk" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_chapters" ADD CONSTRAINT "guide_chapters_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_chapters" ADD CONSTRAINT "guide_chapters_published_version_fk" FOREIGN KEY ("published_version_id") REFERENCES "guide_chapter_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_suggestions" ADD CONSTRAINT "guide_suggestions_chapter_fk" FOREIGN KEY ("chapter_id") REFERENCES "guide_chapters"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_suggestions" ADD CONSTRAINT "guide_suggestions_author_fk" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_suggestions" ADD CONSTRAINT "guide_suggestions_reviewed_by_fk" FOREIGN KEY ("reviewed_by") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // A version is history: never rewritten (deleting a chapter may still remove its versions).
    await queryRunner.query(`CREATE FUNCTION guide_chapter_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'guide_chapter_versions rows are immutable'; END $$`);
    await queryRunner.query(`CREATE TRIGGER guide_chapter_versions_immutable BEFORE UPDATE ON "guide_chapter_versions"
      FOR EACH ROW EXECUTE FUNCTION guide_chapter_versions_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER "guide_chapter_versions_immutable" ON "guide_chapter_versions"',
    );
    await queryRunner.query('DROP FUNCTION guide_chapter_versions_immutable()');
    await queryRunner.query(
      'ALTER TABLE "guide_suggestions" DROP CONSTRAINT "guide_suggestions_reviewed_by_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_suggestions" DROP CONSTRAINT "guide_suggestions_author_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_suggestions" DROP CONSTRAINT "guide_suggestions_chapter_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_chapters" DROP CONSTRAINT "guide_chapters_published_version_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_chapters" DROP CONSTRAINT "guide_chapters_created_by_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_chapter_versions" DROP CONSTRAINT "guide_chapter_versions_author_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "guide_chapter_versions" DROP CONSTRAINT "guide_chapter_versions_chapter_fk"',
    );
    await queryRunner.query('DROP INDEX "public"."guide_suggestions_status_created_idx"');
    await queryRunner.query('DROP INDEX "public"."guide_suggestions_chapter_status_idx"');
    await queryRunner.query('DROP INDEX "public"."guide_suggestions_reviewed_by_idx"');
    await queryRunner.query('DROP INDEX "public"."guide_suggestions_author_idx"');
    await queryRunner.query('DROP TABLE "guide_suggestions"');
    await queryRunner.query('DROP TYPE "public"."guide_suggestion_status"');
    await queryRunner.query('DROP INDEX "public"."guide_chapters_order_idx"');
    await queryRunner.query('DROP INDEX "public"."guide_chapters_created_by_idx"');
    await queryRunner.query('DROP INDEX "public"."guide_chapters_published_version_idx"');
    await queryRunner.query('DROP INDEX "public"."guide_chapters_slug_key"');
    await queryRunner.query('DROP TABLE "guide_chapters"');
    await queryRunner.query('DROP TYPE "public"."guide_stage"');
    await queryRunner.query('DROP INDEX "public"."guide_chapter_versions_number_key"');
    await queryRunner.query('DROP INDEX "public"."guide_chapter_versions_chapter_created_idx"');
    await queryRunner.query('DROP INDEX "public"."guide_chapter_versions_author_idx"');
    await queryRunner.query('DROP TABLE "guide_chapter_versions"');
  }
}
