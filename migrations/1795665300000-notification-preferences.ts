import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification preferences per member and type; notifications waiting for a daily or weekly
 * digest; unread notifications that coalesce on a group key (one per conversation).
 */
export class NotificationPreferences1795665300000 implements MigrationInterface {
  name = 'NotificationPreferences1795665300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_delivery\" AS ENUM('OFF', 'IN_APP', 'EMAIL', 'DAILY', 'WEEKLY')",
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("member_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "delivery" "public"."notification_delivery" NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7454f96ceb77e3a232ce0ef25d9" PRIMARY KEY ("member_id", "type"))',
    );
    await queryRunner.query('ALTER TABLE "notifications" ADD "digest" character varying(10)');
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD "digested_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "notifications" ADD "group_key" character varying(80)');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "notifications_unread_group_key" ON "notifications"  ("member_id", "group_key") WHERE group_key IS NOT NULL AND read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_digest_pending_idx" ON "notifications"  ("digest", "member_id", "created_at") WHERE digest IS NOT NULL AND digested_at IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" DROP CONSTRAINT "notification_preferences_member_fk"',
    );
    await queryRunner.query('DROP INDEX "public"."notifications_digest_pending_idx"');
    await queryRunner.query('DROP INDEX "public"."notifications_unread_group_key"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "group_key"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "digested_at"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "digest"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP TYPE "public"."notification_delivery"');
  }
}
