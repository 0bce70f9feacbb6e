import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProfilesPlacesLessonsUploads1795653865814 implements MigrationInterface {
  name = 'ProfilesPlacesLessonsUploads1795653865814';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Accent-insensitive search needs unaccent inside generated columns, which only accept
    // IMMUTABLE functions: these wrappers pin the dictionary so PostgreSQL may treat them so.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query(
      `CREATE FUNCTION wo_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION wo_join(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$`,
    );
    // TypeORM records generated columns' expressions here; its migration runner does not create it.
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"place_team_role\" AS ENUM('FOUNDER', 'STAFF', 'RESIDENT', 'VOLUNTEER')",
    );
    await queryRunner.query(
      'CREATE TABLE "place_members" ("place_id" uuid NOT NULL, "member_id" uuid NOT NULL, "role" "public"."place_team_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cdf6f8e95882bb6ec6e75ee7625" PRIMARY KEY ("place_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "place_members_member_idx" ON "place_members"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "place_followers" ("place_id" uuid NOT NULL, "member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_75a4586b33594bf52cc2f92329a" PRIMARY KEY ("place_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "place_followers_member_idx" ON "place_followers"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "uploads" ("id" uuid NOT NULL, "owner_id" uuid NOT NULL, "width" smallint NOT NULL, "height" smallint NOT NULL, "variants" jsonb NOT NULL, "attached_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1781d1eedd7459314f60f39bd3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "uploads_owner_idx" ON "uploads"  ("owner_id") ');
    await queryRunner.query(
      'CREATE TABLE "place_photos" ("place_id" uuid NOT NULL, "upload_id" uuid NOT NULL, "position" smallint NOT NULL, "caption" character varying(200), CONSTRAINT "PK_4dd75275473e3038ce114de7206" PRIMARY KEY ("place_id", "upload_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "lessons" ("id" uuid NOT NULL, "place_id" uuid NOT NULL, "challenge" "public"."challenge" NOT NULL, "title" character varying(160) NOT NULL, "context" text, "what_we_tried" text NOT NULL, "outcome" text NOT NULL, "advice" text, "figures" jsonb NOT NULL DEFAULT \'[]\', "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b9a8d455cac672d262d7275730" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "lessons_author_idx" ON "lessons"  ("author_id") ');
    await queryRunner.query(
      'CREATE INDEX "lessons_place_created_idx" ON "lessons"  ("place_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "lessons_challenge_created_idx" ON "lessons"  ("challenge", "created_at", "id") ',
    );
    await queryRunner.query('ALTER TABLE "members" ADD "avatar_upload_id" uuid');
    await queryRunner.query('ALTER TABLE "members" ADD "links" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query(
      "ALTER TABLE \"members\" ADD \"search\" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', wo_unaccent(display_name || ' ' || handle)), 'A') || setweight(to_tsvector('simple', wo_unaccent(coalesce(headline, '') || ' ' || wo_join(skills) || ' ' || wo_join(interests))), 'B') || setweight(to_tsvector('simple', wo_unaccent(coalesce(bio, ''))), 'C')) STORED NOT NULL",
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)',
      [
        'public',
        'members',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('simple', wo_unaccent(display_name || ' ' || handle)), 'A') || setweight(to_tsvector('simple', wo_unaccent(coalesce(headline, '') || ' ' || wo_join(skills) || ' ' || wo_join(interests))), 'B') || setweight(to_tsvector('simple', wo_unaccent(coalesce(bio, ''))), 'C')",
      ],
    );
    await queryRunner.query('ALTER TABLE "places" ADD "address" character varying(300)');
    await queryRunner.query('ALTER TABLE "places" ADD "links" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "places" ADD "videos" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "places" ADD "hidden_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "places" ADD "hidden_reason" text');
    await queryRunner.query(
      "ALTER TABLE \"places\" ADD \"search\" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', wo_unaccent(name)), 'A') || setweight(to_tsvector('simple', wo_unaccent(summary || ' ' || city)), 'B') || setweight(to_tsvector('simple', wo_unaccent(coalesce(description, ''))), 'C')) STORED NOT NULL",
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)',
      [
        'public',
        'places',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('simple', wo_unaccent(name)), 'A') || setweight(to_tsvector('simple', wo_unaccent(summary || ' ' || city)), 'B') || setweight(to_tsvector('simple', wo_unaccent(coalesce(description, ''))), 'C')",
      ],
    );
    await queryRunner.query(
      'CREATE INDEX "members_directory_idx" ON "members"  ("status", "display_name", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "place_members" ADD CONSTRAINT "place_members_place_fk" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "place_members" ADD CONSTRAINT "place_members_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "place_followers" ADD CONSTRAINT "place_followers_place_fk" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "place_followers" ADD CONSTRAINT "place_followers_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "place_photos" ADD CONSTRAINT "place_photos_place_fk" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "place_photos" ADD CONSTRAINT "place_photos_upload_fk" FOREIGN KEY ("upload_id") REFERENCES "uploads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lessons" ADD CONSTRAINT "lessons_place_fk" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lessons" ADD CONSTRAINT "lessons_author_fk" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Indexes TypeORM cannot describe (entities mark them `synchronize: false`).
    await queryRunner.query('CREATE INDEX "members_search_gin" ON "members" USING GIN ("search")');
    await queryRunner.query('CREATE INDEX "members_skills_gin" ON "members" USING GIN ("skills")');
    await queryRunner.query(
      'CREATE INDEX "members_interests_gin" ON "members" USING GIN ("interests")',
    );
    await queryRunner.query(
      'CREATE INDEX "members_languages_gin" ON "members" USING GIN ("languages")',
    );
    await queryRunner.query('CREATE INDEX "places_search_gin" ON "places" USING GIN ("search")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'places_search_gin',
      'members_languages_gin',
      'members_interests_gin',
      'members_skills_gin',
      'members_search_gin',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
    }
    await queryRunner.query('ALTER TABLE "lessons" DROP CONSTRAINT "lessons_author_fk"');
    await queryRunner.query('ALTER TABLE "lessons" DROP CONSTRAINT "lessons_place_fk"');
    await queryRunner.query('ALTER TABLE "place_photos" DROP CONSTRAINT "place_photos_upload_fk"');
    await queryRunner.query('ALTER TABLE "place_photos" DROP CONSTRAINT "place_photos_place_fk"');
    await queryRunner.query(
      'ALTER TABLE "place_followers" DROP CONSTRAINT "place_followers_member_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "place_followers" DROP CONSTRAINT "place_followers_place_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "place_members" DROP CONSTRAINT "place_members_member_fk"',
    );
    await queryRunner.query('ALTER TABLE "place_members" DROP CONSTRAINT "place_members_place_fk"');
    await queryRunner.query('DROP INDEX "public"."members_directory_idx"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4',
      ['GENERATED_COLUMN', 'search', 'public', 'places'],
    );
    await queryRunner.query('ALTER TABLE "places" DROP COLUMN "search"');
    await queryRunner.query('ALTER TABLE "places" DROP COLUMN "hidden_reason"');
    await queryRunner.query('ALTER TABLE "places" DROP COLUMN "hidden_at"');
    await queryRunner.query('ALTER TABLE "places" DROP COLUMN "videos"');
    await queryRunner.query('ALTER TABLE "places" DROP COLUMN "links"');
    await queryRunner.query('ALTER TABLE "places" DROP COLUMN "address"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4',
      ['GENERATED_COLUMN', 'search', 'public', 'members'],
    );
    await queryRunner.query('ALTER TABLE "members" DROP COLUMN "search"');
    await queryRunner.query('ALTER TABLE "members" DROP COLUMN "links"');
    await queryRunner.query('ALTER TABLE "members" DROP COLUMN "avatar_upload_id"');
    await queryRunner.query('DROP INDEX "public"."lessons_challenge_created_idx"');
    await queryRunner.query('DROP INDEX "public"."lessons_place_created_idx"');
    await queryRunner.query('DROP INDEX "public"."lessons_author_idx"');
    await queryRunner.query('DROP TABLE "lessons"');
    await queryRunner.query('DROP TABLE "place_photos"');
    await queryRunner.query('DROP INDEX "public"."uploads_owner_idx"');
    await queryRunner.query('DROP TABLE "uploads"');
    await queryRunner.query('DROP INDEX "public"."place_followers_member_idx"');
    await queryRunner.query('DROP TABLE "place_followers"');
    await queryRunner.query('DROP INDEX "public"."place_members_member_idx"');
    await queryRunner.query('DROP TABLE "place_members"');
    await queryRunner.query('DROP TYPE "public"."place_team_role"');
    await queryRunner.query('DROP FUNCTION wo_join(text[])');
    await queryRunner.query('DROP FUNCTION wo_unaccent(text)');
    await queryRunner.query('DROP TABLE IF EXISTS "typeorm_metadata"');
  }
}
