import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApplicationMessages1795664134217 implements MigrationInterface {
  name = 'ApplicationMessages1795664134217';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "application_messages" ("id" uuid NOT NULL, "applicant_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "application_messages_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "application_messages_applicant_idx" ON "application_messages" ("applicant_id", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "application_messages" ADD CONSTRAINT "application_messages_applicant_fk" FOREIGN KEY ("applicant_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application_messages" ADD CONSTRAINT "application_messages_author_fk" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "application_messages" DROP CONSTRAINT "application_messages_author_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "application_messages" DROP CONSTRAINT "application_messages_applicant_fk"',
    );
    await queryRunner.query('DROP INDEX "public"."application_messages_applicant_idx"');
    await queryRunner.query('DROP TABLE "application_messages"');
  }
}
