import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Messaging1795655258092 implements MigrationInterface {
  name = 'Messaging1795655258092';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "member_blocks" ("blocker_id" uuid NOT NULL, "blocked_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_87f7d67422c0efd415ac65e2cee" PRIMARY KEY ("blocker_id", "blocked_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "member_blocks_blocked_idx" ON "member_blocks"  ("blocked_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "conversations" ("id" uuid NOT NULL, "created_by" uuid NOT NULL, "is_group" boolean NOT NULL DEFAULT false, "title" character varying(100), "pair_key" character varying(73), "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "conversations_pair_key" ON "conversations"  ("pair_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "conversations_last_message_idx" ON "conversations"  ("last_message_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "conversation_participants" ("conversation_id" uuid NOT NULL, "member_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "left_at" TIMESTAMP WITH TIME ZONE, "last_read_message_id" uuid, CONSTRAINT "PK_45e81f01784da6849b0e3537c71" PRIMARY KEY ("conversation_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "conversation_participants_member_idx" ON "conversation_participants"  ("member_id", "left_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "messages" ("id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "client_message_id" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "messages_author_client_key" ON "messages"  ("author_id", "client_message_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "messages_conversation_idx" ON "messages"  ("conversation_id", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "member_blocks" ADD CONSTRAINT "member_blocks_blocker_fk" FOREIGN KEY ("blocker_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "member_blocks" ADD CONSTRAINT "member_blocks_blocked_fk" FOREIGN KEY ("blocked_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_conversation_fk" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_fk" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "messages" ADD CONSTRAINT "messages_author_fk" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "messages" DROP CONSTRAINT "messages_author_fk"');
    await queryRunner.query('ALTER TABLE "messages" DROP CONSTRAINT "messages_conversation_fk"');
    await queryRunner.query(
      'ALTER TABLE "conversation_participants" DROP CONSTRAINT "conversation_participants_member_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_participants" DROP CONSTRAINT "conversation_participants_conversation_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "member_blocks" DROP CONSTRAINT "member_blocks_blocked_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "member_blocks" DROP CONSTRAINT "member_blocks_blocker_fk"',
    );
    await queryRunner.query('DROP INDEX "public"."messages_conversation_idx"');
    await queryRunner.query('DROP INDEX "public"."messages_author_client_key"');
    await queryRunner.query('DROP TABLE "messages"');
    await queryRunner.query('DROP INDEX "public"."conversation_participants_member_idx"');
    await queryRunner.query('DROP TABLE "conversation_participants"');
    await queryRunner.query('DROP INDEX "public"."conversations_last_message_idx"');
    await queryRunner.query('DROP INDEX "public"."conversations_pair_key"');
    await queryRunner.query('DROP TABLE "conversations"');
    await queryRunner.query('DROP INDEX "public"."member_blocks_blocked_idx"');
    await queryRunner.query('DROP TABLE "member_blocks"');
  }
}
