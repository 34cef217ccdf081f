import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseSummaries1795334558245 implements MigrationInterface {
  name = 'CaseSummaries1795334558245';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."case_summary_purge_reason" AS ENUM('retention', 'booking_cancelled')
        `);
    await queryRunner.query(`
            CREATE TABLE "case_summaries" (
                "booking_id" uuid NOT NULL,
                "submitted_by_id" uuid NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "key_id" character varying(16),
                "text_encrypted" bytea,
                "screenings_encrypted" bytea,
                "file_name_encrypted" bytea,
                "file_encrypted" bytea,
                "file_content_type" character varying(100),
                "file_size" integer,
                "has_text" boolean NOT NULL,
                "has_file" boolean NOT NULL,
                "screening_attached" boolean NOT NULL,
                "purged_at" TIMESTAMP WITH TIME ZONE,
                "purge_reason" "public"."case_summary_purge_reason",
                CONSTRAINT "PK_c4740c528e1603bbbbf388047fb" PRIMARY KEY ("booking_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c699ce2b8f9c3769101994f968" ON "case_summaries" ("purged_at")
        `);
    // A cancelled booking's case-summary content goes at once, in the transaction that cancels it,
    // whichever path cancels (the booking, its slot, an absence): only the statistics metadata stays.
    // Audited with no actor (the platform).
    await queryRunner.query(`
            CREATE FUNCTION case_summaries_purge_on_cancel() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE case_summaries
                   SET text_encrypted = NULL, screenings_encrypted = NULL, file_name_encrypted = NULL,
                       file_encrypted = NULL, key_id = NULL, purged_at = now(), purge_reason = 'booking_cancelled'
                 WHERE booking_id = NEW.id AND purged_at IS NULL;
                IF FOUND THEN
                    INSERT INTO audit_events (action, booking_id, subject_type, subject_id, region_id, details)
                    SELECT 'case_summary.deleted', NEW.id, 'case_summary', NEW.id, m.region_id,
                           '{"reason":"booking_cancelled"}'::jsonb
                      FROM municipalities m WHERE m.id = NEW.municipality_id;
                END IF;
                RETURN NEW;
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER case_summaries_purge_on_cancel AFTER UPDATE OF status ON "bookings"
            FOR EACH ROW WHEN (NEW.status = 'cancelled' AND OLD.status <> 'cancelled')
            EXECUTE FUNCTION case_summaries_purge_on_cancel()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_summaries_purge_on_cancel ON "bookings"`);
    await queryRunner.query(`DROP FUNCTION case_summaries_purge_on_cancel()`);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c699ce2b8f9c3769101994f968"
        `);
    await queryRunner.query(`
            DROP TABLE "case_summaries"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_summary_purge_reason"
        `);
  }
}
