import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members' data rights: "download my data" requests (data_exports, at most one waiting or
 * running per member) and account deletion (status DELETED, deleted_at).
 */
export class DataRights1795664282872 implements MigrationInterface {
  name = 'DataRights1795664282872';

  async up(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL ≥ 12 accepts this inside the migration's transaction (the value is not used here).
    await queryRunner.query(`ALTER TYPE "public"."member_status" ADD VALUE 'DELETED'`);
    await queryRunner.query('ALTER TABLE "members" ADD "deleted_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"data_export_status\" AS ENUM('QUEUED', 'RUNNING', 'READY', 'FAILED')",
    );
    await queryRunner.query(
      'CREATE TABLE "data_exports" ("id" uuid NOT NULL, "member_id" uuid NOT NULL, "status" "public"."data_export_status" NOT NULL DEFAULT \'QUEUED\', "progress" smallint NOT NULL DEFAULT \'0\', "file_key" character varying(120), "bytes" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3e8b8b297ef4446f30527695c10" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "data_exports_expires_idx" ON "data_exports"  ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "data_exports_member_created_idx" ON "data_exports"  ("member_id", "created_at") ',
    );
    // One export waiting or running per member: a second request cannot slip in beside it.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "data_exports_one_active_key" ON "data_exports" ("member_id") WHERE status IN ('QUEUED', 'RUNNING')`,
    );
    await queryRunner.query(
      'ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "data_exports" DROP CONSTRAINT "data_exports_member_fk"');
    await queryRunner.query('DROP INDEX "public"."data_exports_one_active_key"');
    await queryRunner.query('DROP INDEX "public"."data_exports_member_created_idx"');
    await queryRunner.query('DROP INDEX "public"."data_exports_expires_idx"');
    await queryRunner.query('DROP TABLE "data_exports"');
    await queryRunner.query('DROP TYPE "public"."data_export_status"');
    await queryRunner.query('ALTER TABLE "members" DROP COLUMN "deleted_at"');
    // An enum value cannot be dropped: rebuild the type. Deleted accounts stay unable to sign in.
    await queryRunner.query(
      `UPDATE "members" SET "status" = 'REJECTED' WHERE "status" = 'DELETED'`,
    );
    await queryRunner.query('ALTER TABLE "members" ALTER COLUMN "status" DROP DEFAULT');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"member_status_old\" AS ENUM('PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED')",
    );
    await queryRunner.query(
      'ALTER TABLE "members" ALTER COLUMN "status" TYPE "public"."member_status_old" USING "status"::"text"::"public"."member_status_old"',
    );
    await queryRunner.query('DROP TYPE "public"."member_status"');
    await queryRunner.query('ALTER TYPE "public"."member_status_old" RENAME TO "member_status"');
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "status" SET DEFAULT 'PENDING'`);
  }
}
