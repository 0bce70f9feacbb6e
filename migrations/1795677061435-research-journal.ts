import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResearchJournal1795677061435 implements MigrationInterface {
  name = 'ResearchJournal1795677061435';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "journal_followers" ("member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "journal_followers_pkey" PRIMARY KEY ("member_id"))',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."story_status" AS ENUM(\'DRAFT\', \'PUBLISHED\')',
    );
    await queryRunner.query(
      'CREATE TABLE "stories" ("id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "author_id" uuid NOT NULL, "title" character varying(160) NOT NULL, "summary" character varying(300) NOT NULL, "body" text NOT NULL, "cover_upload_id" uuid, "cover_alt" character varying(200), "videos" text array NOT NULL DEFAULT \'{}\', "language" character varying(5) NOT NULL, "challenges" "public"."challenge" array NOT NULL DEFAULT \'{}\', "status" "public"."story_status" NOT NULL DEFAULT \'DRAFT\', "published_at" TIMESTAMP WITH TIME ZONE, "thread_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stories_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "stories_slug_key" ON "stories"  ("slug") ');
    await queryRunner.query(
      'CREATE INDEX "stories_author_idx" ON "stories"  ("author_id", "updated_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "stories_published_idx" ON "stories"  ("status", "published_at", "id") ',
    );
    await queryRunner.query('CREATE INDEX "stories_thread_idx" ON "stories"  ("thread_id") ');
    // The challenge filter (`@>`): TypeORM cannot describe a GIN index (synchronize: false).
    await queryRunner.query(
      'CREATE INDEX "stories_challenges_gin" ON "stories" USING GIN ("challenges")',
    );
    await queryRunner.query(
      'CREATE TABLE "story_places" ("story_id" uuid NOT NULL, "place_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "story_places_pkey" PRIMARY KEY ("story_id", "place_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "story_places_place_idx" ON "story_places"  ("place_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "story_revisions" ("story_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(160) NOT NULL, "summary" character varying(300) NOT NULL, "body" text NOT NULL, "replaced_by" uuid NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "story_revisions_pkey" PRIMARY KEY ("story_id", "version"))',
    );
    await queryRunner.query(
      'ALTER TABLE "journal_followers" ADD CONSTRAINT "journal_followers_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stories" ADD CONSTRAINT "stories_author_fk" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stories" ADD CONSTRAINT "stories_cover_fk" FOREIGN KEY ("cover_upload_id") REFERENCES "uploads"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stories" ADD CONSTRAINT "stories_thread_fk" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "story_places" ADD CONSTRAINT "story_places_story_fk" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "story_places" ADD CONSTRAINT "story_places_place_fk" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "story_revisions" ADD CONSTRAINT "story_revisions_story_fk" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "story_revisions" ADD CONSTRAINT "story_revisions_member_fk" FOREIGN KEY ("replaced_by") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "story_revisions" DROP CONSTRAINT "story_revisions_member_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "story_revisions" DROP CONSTRAINT "story_revisions_story_fk"',
    );
    await queryRunner.query('ALTER TABLE "story_places" DROP CONSTRAINT "story_places_place_fk"');
    await queryRunner.query('ALTER TABLE "story_places" DROP CONSTRAINT "story_places_story_fk"');
    await queryRunner.query('ALTER TABLE "stories" DROP CONSTRAINT "stories_thread_fk"');
    await queryRunner.query('ALTER TABLE "stories" DROP CONSTRAINT "stories_cover_fk"');
    await queryRunner.query('ALTER TABLE "stories" DROP CONSTRAINT "stories_author_fk"');
    await queryRunner.query(
      'ALTER TABLE "journal_followers" DROP CONSTRAINT "journal_followers_member_fk"',
    );
    await queryRunner.query('DROP TABLE "story_revisions"');
    await queryRunner.query('DROP INDEX "public"."story_places_place_idx"');
    await queryRunner.query('DROP TABLE "story_places"');
    await queryRunner.query('DROP INDEX "public"."stories_challenges_gin"');
    await queryRunner.query('DROP INDEX "public"."stories_thread_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_published_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_author_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_slug_key"');
    await queryRunner.query('DROP TABLE "stories"');
    await queryRunner.query('DROP TYPE "public"."story_status"');
    await queryRunner.query('DROP TABLE "journal_followers"');
  }
}
