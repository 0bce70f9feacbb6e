import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DiscussionsNotifications1795654844559 implements MigrationInterface {
  name = 'DiscussionsNotifications1795654844559';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL, "member_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_member_created_idx" ON "notifications"  ("member_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "categories" ("id" uuid NOT NULL, "slug" character varying(60) NOT NULL, "name_en" character varying(80) NOT NULL, "name_fr" character varying(80) NOT NULL, "description_en" character varying(300) NOT NULL, "description_fr" character varying(300) NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_24dbc6126a28ff948da33e97d3b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "categories_slug_key" ON "categories"  ("slug") ');
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)',
      [
        'public',
        'threads',
        'GENERATED_COLUMN',
        'search',
        "to_tsvector('simple', wo_unaccent(title || ' ' || wo_join(tags)))",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "threads" ("id" uuid NOT NULL, "category_id" uuid NOT NULL, "author_id" uuid NOT NULL, "place_id" uuid, "challenge" "public"."challenge", "title" character varying(200) NOT NULL, "tags" text array NOT NULL DEFAULT \'{}\', "pinned" boolean NOT NULL DEFAULT false, "locked" boolean NOT NULL DEFAULT false, "hidden_at" TIMESTAMP WITH TIME ZONE, "posts_count" integer NOT NULL DEFAULT \'0\', "last_post_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search" tsvector GENERATED ALWAYS AS (to_tsvector(\'simple\', wo_unaccent(title || \' \' || wo_join(tags)))) STORED NOT NULL, CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "threads_author_idx" ON "threads"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "threads_place_idx" ON "threads"  ("place_id") ');
    await queryRunner.query('CREATE INDEX "threads_challenge_idx" ON "threads"  ("challenge") ');
    await queryRunner.query(
      'CREATE INDEX "threads_category_activity_idx" ON "threads"  ("category_id", "last_post_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "threads_activity_idx" ON "threads"  ("pinned", "last_post_at", "id") ',
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)',
      ['public', 'posts', 'GENERATED_COLUMN', 'search', "to_tsvector('simple', wo_unaccent(body))"],
    );
    await queryRunner.query(
      'CREATE TABLE "posts" ("id" uuid NOT NULL, "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "reply_to_id" uuid, "research_consent" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "search" tsvector GENERATED ALWAYS AS (to_tsvector(\'simple\', wo_unaccent(body))) STORED NOT NULL, CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "posts_author_created_idx" ON "posts"  ("author_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "posts_thread_created_idx" ON "posts"  ("thread_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "post_revisions" ("post_id" uuid NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_482815c3f7f243fdd53eb6eae5f" PRIMARY KEY ("post_id", "replaced_at"))',
    );
    await queryRunner.query(
      'CREATE TABLE "post_reactions" ("post_id" uuid NOT NULL, "member_id" uuid NOT NULL, "emoji" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b4fe6a212fb8c5e1f9ad0ce25f9" PRIMARY KEY ("post_id", "member_id", "emoji"))',
    );
    await queryRunner.query(
      'CREATE INDEX "post_reactions_member_idx" ON "post_reactions"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "thread_subscriptions" ("thread_id" uuid NOT NULL, "member_id" uuid NOT NULL, "following" boolean NOT NULL DEFAULT false, "muted" boolean NOT NULL DEFAULT false, "last_read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0f2c15d6b7e7757d9a83f42ba58" PRIMARY KEY ("thread_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "thread_subscriptions_member_idx" ON "thread_subscriptions"  ("member_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "notifications_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "threads_category_fk" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "threads_author_fk" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "threads_place_fk" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "posts_thread_fk" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "posts_author_fk" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_revisions" ADD CONSTRAINT "post_revisions_post_fk" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" ADD CONSTRAINT "post_reactions_post_fk" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" ADD CONSTRAINT "post_reactions_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_subscriptions" ADD CONSTRAINT "thread_subscriptions_thread_fk" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_subscriptions" ADD CONSTRAINT "thread_subscriptions_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Indexes TypeORM cannot describe (entities mark them `synchronize: false`).
    await queryRunner.query('CREATE INDEX "threads_search_gin" ON "threads" USING GIN ("search")');
    await queryRunner.query('CREATE INDEX "posts_search_gin" ON "posts" USING GIN ("search")');
    // The platform's categories: introductions, one per challenge, events, research, general.
    await queryRunner.query(`INSERT INTO categories (id, slug, name_en, name_fr, description_en, description_fr, position) VALUES
        (gen_random_uuid(), 'introductions', 'Introductions', 'Présentations', 'Say who you are and what you are building.', 'Dites qui vous êtes et ce que vous construisez.', 0),
        (gen_random_uuid(), 'business-model', 'Business model', 'Modèle économique', 'Making a third place pay for itself.', 'Faire vivre économiquement un tiers-lieu.', 1),
        (gen_random_uuid(), 'community-empowerment', 'Empowering communities', 'Pouvoir d’agir des communautés', 'Giving fragile communities a real say.', 'Donner une vraie voix aux communautés fragiles.', 2),
        (gen_random_uuid(), 'diversity-creativity', 'Diversity and creativity', 'Diversité et créativité', 'Turning differences into creativity.', 'Faire de la diversité une source de créativité.', 3),
        (gen_random_uuid(), 'scaling', 'Scaling', 'Changer d’échelle', 'Growing, spreading, replicating.', 'Grandir, essaimer, se dupliquer.', 4),
        (gen_random_uuid(), 'impact-measurement', 'Measuring impact', 'Mesurer l’impact', 'Showing what a place changes.', 'Montrer ce qu’un lieu change.', 5),
        (gen_random_uuid(), 'governance', 'Governance', 'Gouvernance', 'Who decides, and how.', 'Qui décide, et comment.', 6),
        (gen_random_uuid(), 'funding', 'Funding', 'Financement', 'Grants, investors, crowdfunding.', 'Subventions, investisseurs, financement participatif.', 7),
        (gen_random_uuid(), 'real-estate', 'Finding a site', 'Trouver un lieu', 'Buildings, leases, temporary occupation.', 'Bâtiments, baux, occupation temporaire.', 8),
        (gen_random_uuid(), 'events', 'Events', 'Événements', 'Meetups and visits.', 'Rencontres et visites.', 9),
        (gen_random_uuid(), 'research', 'Research', 'Recherche', 'Studies, data and questions for practitioners.', 'Études, données et questions aux praticiens.', 10),
        (gen_random_uuid(), 'general', 'General', 'Général', 'Everything else.', 'Tout le reste.', 11)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."posts_search_gin"');
    await queryRunner.query('DROP INDEX "public"."threads_search_gin"');
    await queryRunner.query(
      'ALTER TABLE "thread_subscriptions" DROP CONSTRAINT "thread_subscriptions_member_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_subscriptions" DROP CONSTRAINT "thread_subscriptions_thread_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" DROP CONSTRAINT "post_reactions_member_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" DROP CONSTRAINT "post_reactions_post_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_revisions" DROP CONSTRAINT "post_revisions_post_fk"',
    );
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "posts_author_fk"');
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "posts_thread_fk"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "threads_place_fk"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "threads_author_fk"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "threads_category_fk"');
    await queryRunner.query(
      'ALTER TABLE "notifications" DROP CONSTRAINT "notifications_member_fk"',
    );
    await queryRunner.query('DROP INDEX "public"."thread_subscriptions_member_idx"');
    await queryRunner.query('DROP TABLE "thread_subscriptions"');
    await queryRunner.query('DROP INDEX "public"."post_reactions_member_idx"');
    await queryRunner.query('DROP TABLE "post_reactions"');
    await queryRunner.query('DROP TABLE "post_revisions"');
    await queryRunner.query('DROP INDEX "public"."posts_thread_created_idx"');
    await queryRunner.query('DROP INDEX "public"."posts_author_created_idx"');
    await queryRunner.query('DROP TABLE "posts"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4',
      ['GENERATED_COLUMN', 'search', 'public', 'posts'],
    );
    await queryRunner.query('DROP INDEX "public"."threads_activity_idx"');
    await queryRunner.query('DROP INDEX "public"."threads_category_activity_idx"');
    await queryRunner.query('DROP INDEX "public"."threads_challenge_idx"');
    await queryRunner.query('DROP INDEX "public"."threads_place_idx"');
    await queryRunner.query('DROP INDEX "public"."threads_author_idx"');
    await queryRunner.query('DROP TABLE "threads"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4',
      ['GENERATED_COLUMN', 'search', 'public', 'threads'],
    );
    await queryRunner.query('DROP INDEX "public"."categories_slug_key"');
    await queryRunner.query('DROP TABLE "categories"');
    await queryRunner.query('DROP INDEX "public"."notifications_member_created_idx"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
