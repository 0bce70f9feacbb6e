import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795652614130 implements MigrationInterface {
  name = 'InitialSchema1795652614130';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "moderation_actions" ("id" uuid NOT NULL, "actor_id" uuid NOT NULL, "action" character varying(40) NOT NULL, "target_type" character varying(20) NOT NULL, "target_id" uuid NOT NULL, "reason" text, "details" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d259906fb4d2a5ef718f1f66e35" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "moderation_actions_target_idx" ON "moderation_actions"  ("target_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "moderation_actions_created_idx" ON "moderation_actions"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"member_status\" AS ENUM('PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"member_role\" AS ENUM('MEMBER', 'AMBASSADOR', 'MODERATOR', 'ADMIN')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"community_role\" AS ENUM('PRACTITIONER', 'RESEARCHER', 'CREATIVE', 'CITIZEN')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"sector\" AS ENUM('PRIVATE', 'PUBLIC', 'NONPROFIT', 'ACADEMIC', 'CITIZEN')",
    );
    await queryRunner.query(
      'CREATE TABLE "members" ("id" uuid NOT NULL, "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "handle" character varying(30) NOT NULL, "display_name" character varying(80) NOT NULL, "status" "public"."member_status" NOT NULL DEFAULT \'PENDING\', "role" "public"."member_role" NOT NULL DEFAULT \'MEMBER\', "community_role" "public"."community_role" NOT NULL, "sector" "public"."sector", "locale" character varying(5) NOT NULL DEFAULT \'en\', "headline" character varying(160), "bio" text, "city" character varying(120), "country" character(2), "languages" text array NOT NULL DEFAULT \'{}\', "skills" text array NOT NULL DEFAULT \'{}\', "interests" text array NOT NULL DEFAULT \'{}\', "avatar_url" text, "motivation" text NOT NULL, "decision_message" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "suspension_reason" text, "suspended_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "members_email_key" ON "members"  ("email") ');
    await queryRunner.query('CREATE UNIQUE INDEX "members_handle_key" ON "members"  ("handle") ');
    await queryRunner.query(
      'CREATE INDEX "members_status_created_idx" ON "members"  ("status", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL, "member_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(300), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "sessions_member_idx" ON "sessions"  ("member_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"  ("token_hash") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"place_kind\" AS ENUM('THIRD_PLACE', 'CITIZEN_LAB', 'INCUBATOR', 'THINK_TANK', 'ECO_VILLAGE', 'COWORKING', 'FABLAB', 'URBAN_FARM', 'CULTURAL_VENUE', 'SOCIAL_HOUSING', 'TEMPORARY_OCCUPATION', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"place_status\" AS ENUM('ACTIVE', 'TEMPORARY', 'CLOSED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"challenge\" AS ENUM('BUSINESS_MODEL', 'COMMUNITY_EMPOWERMENT', 'DIVERSITY_CREATIVITY', 'SCALING', 'IMPACT_MEASUREMENT', 'GOVERNANCE', 'FUNDING', 'REAL_ESTATE')",
    );
    await queryRunner.query(
      'CREATE TABLE "places" ("id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "name" character varying(120) NOT NULL, "summary" character varying(500) NOT NULL, "description" text, "kinds" "public"."place_kind" array NOT NULL DEFAULT \'{}\', "status" "public"."place_status" NOT NULL DEFAULT \'ACTIVE\', "founded_year" smallint, "city" character varying(120) NOT NULL, "country" character(2) NOT NULL, "latitude" double precision, "longitude" double precision, "website" character varying(300), "challenges" "public"."challenge" array NOT NULL DEFAULT \'{}\', "facts" text array NOT NULL DEFAULT \'{}\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1afab86e226b4c3bc9a74465c12" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "places_slug_key" ON "places"  ("slug") ');
    await queryRunner.query('CREATE INDEX "places_created_by_idx" ON "places"  ("created_by") ');
    await queryRunner.query(
      'CREATE INDEX "places_country_name_idx" ON "places"  ("country", "name", "id") ',
    );
    await queryRunner.query('CREATE INDEX "places_name_idx" ON "places"  ("name", "id") ');
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "sessions_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "places" ADD CONSTRAINT "places_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );

    // Not describable by TypeORM (entities mark them `synchronize: false`):
    // GIN indexes for the array filters, and the append-only guard of the moderation log.
    await queryRunner.query('CREATE INDEX "places_kinds_gin" ON "places" USING GIN ("kinds")');
    await queryRunner.query(
      'CREATE INDEX "places_challenges_gin" ON "places" USING GIN ("challenges")',
    );
    await queryRunner.query(`CREATE FUNCTION moderation_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the moderation log is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER moderation_actions_append_only BEFORE UPDATE OR DELETE ON "moderation_actions"
      FOR EACH ROW EXECUTE FUNCTION moderation_actions_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER "moderation_actions_append_only" ON "moderation_actions"',
    );
    await queryRunner.query('DROP FUNCTION moderation_actions_append_only()');
    await queryRunner.query('DROP INDEX "public"."places_challenges_gin"');
    await queryRunner.query('DROP INDEX "public"."places_kinds_gin"');
    await queryRunner.query('ALTER TABLE "places" DROP CONSTRAINT "places_created_by_fk"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "sessions_member_fk"');
    await queryRunner.query('DROP INDEX "public"."places_name_idx"');
    await queryRunner.query('DROP INDEX "public"."places_country_name_idx"');
    await queryRunner.query('DROP INDEX "public"."places_created_by_idx"');
    await queryRunner.query('DROP INDEX "public"."places_slug_key"');
    await queryRunner.query('DROP TABLE "places"');
    await queryRunner.query('DROP TYPE "public"."challenge"');
    await queryRunner.query('DROP TYPE "public"."place_status"');
    await queryRunner.query('DROP TYPE "public"."place_kind"');
    await queryRunner.query('DROP INDEX "public"."sessions_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."sessions_member_idx"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."members_status_created_idx"');
    await queryRunner.query('DROP INDEX "public"."members_handle_key"');
    await queryRunner.query('DROP INDEX "public"."members_email_key"');
    await queryRunner.query('DROP TABLE "members"');
    await queryRunner.query('DROP TYPE "public"."sector"');
    await queryRunner.query('DROP TYPE "public"."community_role"');
    await queryRunner.query('DROP TYPE "public"."member_role"');
    await queryRunner.query('DROP TYPE "public"."member_status"');
    await queryRunner.query('DROP INDEX "public"."moderation_actions_created_idx"');
    await queryRunner.query('DROP INDEX "public"."moderation_actions_target_idx"');
    await queryRunner.query('DROP TABLE "moderation_actions"');
  }
}
