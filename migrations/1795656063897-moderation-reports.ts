import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ModerationReports1795656063897 implements MigrationInterface {
  name = 'ModerationReports1795656063897';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"report_target\" AS ENUM('POST', 'THREAD', 'MESSAGE', 'MEMBER', 'PLACE')",
    );
    await queryRunner.query('CREATE TYPE "public"."report_status" AS ENUM(\'OPEN\', \'RESOLVED\')');
    await queryRunner.query(
      'CREATE TABLE "reports" ("id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "target_type" "public"."report_target" NOT NULL, "target_id" uuid NOT NULL, "author_id" uuid NOT NULL, "reason" text NOT NULL, "excerpt" text NOT NULL, "status" "public"."report_status" NOT NULL DEFAULT \'OPEN\', "resolution" character varying(30), "resolution_note" text, "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "reports_author_idx" ON "reports"  ("author_id") ');
    await queryRunner.query(
      'CREATE INDEX "reports_target_idx" ON "reports"  ("target_type", "target_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "reports_status_created_idx" ON "reports"  ("status", "created_at", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."reports_status_created_idx"');
    await queryRunner.query('DROP INDEX "public"."reports_target_idx"');
    await queryRunner.query('DROP INDEX "public"."reports_author_idx"');
    await queryRunner.query('DROP TABLE "reports"');
    await queryRunner.query('DROP TYPE "public"."report_status"');
    await queryRunner.query('DROP TYPE "public"."report_target"');
  }
}
