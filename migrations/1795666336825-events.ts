import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1795666336825 implements MigrationInterface {
  name = 'Events1795666336825';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "events" ("id" uuid NOT NULL, "series_id" uuid, "organizer_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" character varying(64) NOT NULL, "place_id" uuid, "address" character varying(300), "city" character varying(120), "country" character(2), "online_url" character varying(500), "capacity" integer, "language" character varying(5) NOT NULL DEFAULT \'fr\', "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "events_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "events_starts_idx" ON "events" ("starts_at", "id") ');
    await queryRunner.query('CREATE INDEX "events_series_idx" ON "events" ("series_id") ');
    // The agenda's city filter compares case-insensitively.
    await queryRunner.query(
      'CREATE INDEX "events_city_idx" ON "events" (lower("city"), "starts_at")',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"rsvp_status\" AS ENUM('GOING', 'MAYBE', 'NOT_GOING')",
    );
    await queryRunner.query(
      'CREATE TABLE "event_rsvps" ("event_id" uuid NOT NULL, "member_id" uuid NOT NULL, "status" "public"."rsvp_status" NOT NULL, "waitlisted" boolean NOT NULL DEFAULT false, "queued_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_rsvps_pkey" PRIMARY KEY ("event_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "event_rsvps_seats_idx" ON "event_rsvps" ("event_id", "status", "waitlisted", "queued_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "event_rsvps_member_idx" ON "event_rsvps" ("member_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "events" ADD CONSTRAINT "events_organizer_fk" FOREIGN KEY ("organizer_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "events" ADD CONSTRAINT "events_place_fk" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_rsvps" ADD CONSTRAINT "event_rsvps_event_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_rsvps" ADD CONSTRAINT "event_rsvps_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event_rsvps" DROP CONSTRAINT "event_rsvps_member_fk"');
    await queryRunner.query('ALTER TABLE "event_rsvps" DROP CONSTRAINT "event_rsvps_event_fk"');
    await queryRunner.query('ALTER TABLE "events" DROP CONSTRAINT "events_place_fk"');
    await queryRunner.query('ALTER TABLE "events" DROP CONSTRAINT "events_organizer_fk"');
    await queryRunner.query('DROP TABLE "event_rsvps"');
    await queryRunner.query('DROP TYPE "public"."rsvp_status"');
    await queryRunner.query('DROP TABLE "events"');
  }
}
