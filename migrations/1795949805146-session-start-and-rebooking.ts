import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionStartAndRebooking1795949805146 implements MigrationInterface {
  name = 'SessionStartAndRebooking1795949805146';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Added empty, backfilled from the slots, then made NOT NULL (existing rows have no value).
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "session_starts_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            UPDATE "bookings" b SET "session_starts_at" = s."starts_at" FROM "slots" s WHERE s."id" = b."slot_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" ALTER COLUMN "session_starts_at" SET NOT NULL
        `);
    // The session time follows the slot in the statement that books or moves the booking, whichever
    // code path writes it (booking, reschedule, fixtures); slot times themselves never change.
    await queryRunner.query(`
            CREATE FUNCTION bookings_session_starts_at() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                SELECT s.starts_at INTO NEW.session_starts_at FROM slots s WHERE s.id = NEW.slot_id;
                RETURN NEW;
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER bookings_session_starts_at BEFORE INSERT OR UPDATE OF slot_id ON "bookings"
            FOR EACH ROW EXECUTE FUNCTION bookings_session_starts_at()
        `);
    // Slot times do not change in the product; should one ever be corrected by hand (or by a test
    // fixture), its bookings follow in the same statement, so the copy can never go stale.
    await queryRunner.query(`
            CREATE FUNCTION slots_session_starts_at() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE bookings SET session_starts_at = NEW.starts_at WHERE slot_id = NEW.id;
                RETURN NEW;
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER slots_session_starts_at AFTER UPDATE OF starts_at ON "slots"
            FOR EACH ROW WHEN (NEW.starts_at IS DISTINCT FROM OLD.starts_at)
            EXECUTE FUNCTION slots_session_starts_at()
        `);
    // A cancellation by the municipality (the consultant or a colleague) still purges the case
    // summary at once. A cancellation by BUP (the contact, an admin, a slot cancellation or an
    // absence) keeps it, encrypted, so the consultant can book a new time with the same details;
    // the retention job deletes it CASE_SUMMARY_RETENTION after the cancelled session.
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION case_summaries_purge_on_cancel() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.cancelled_by_id AND u.role = 'consultant') THEN
                    RETURN NEW;
                END IF;
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
            ALTER TABLE "bookings"
            ADD "rebooked_from_id" uuid
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."case_summary_purge_reason"
            ADD VALUE 'carried_over'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_bookings_rebooked_from" ON "bookings" ("rebooked_from_id")
            WHERE "rebooked_from_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_bookings_session" ON "bookings" ("session_starts_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_bookings_municipality_session" ON "bookings" ("municipality_id", "session_starts_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_06fad101065cb5cf862e692764a" FOREIGN KEY ("rebooked_from_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to purging on every cancellation, as before.
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION case_summaries_purge_on_cancel() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(`DROP TRIGGER slots_session_starts_at ON "slots"`);
    await queryRunner.query(`DROP FUNCTION slots_session_starts_at()`);
    await queryRunner.query(`DROP TRIGGER bookings_session_starts_at ON "bookings"`);
    await queryRunner.query(`DROP FUNCTION bookings_session_starts_at()`);
    await queryRunner.query(`
            UPDATE "case_summaries" SET "purge_reason" = 'booking_cancelled' WHERE "purge_reason" = 'carried_over'
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_06fad101065cb5cf862e692764a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_bookings_municipality_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_bookings_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_bookings_rebooked_from"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."case_summary_purge_reason_old" AS ENUM('retention', 'booking_cancelled')
        `);
    await queryRunner.query(`
            ALTER TABLE "case_summaries"
            ALTER COLUMN "purge_reason" TYPE "public"."case_summary_purge_reason_old" USING "purge_reason"::"text"::"public"."case_summary_purge_reason_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_summary_purge_reason"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."case_summary_purge_reason_old"
            RENAME TO "case_summary_purge_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "rebooked_from_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "session_starts_at"
        `);
  }
}
