import { MigrationInterface, QueryRunner } from 'typeorm';

/** Live slots of one contact never overlap (enforced by the database); each booking has its own video room. */
export class SlotOverlapAndVideoRooms1795960862495 implements MigrationInterface {
  name = 'SlotOverlapAndVideoRooms1795960862495';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // btree_gist lets one GiST exclusion constraint combine "same contact" (=) with "times overlap" (&&);
    // pgcrypto gives gen_random_bytes for the video room ids. Both are trusted extensions (PostgreSQL 13+).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`
            ALTER TABLE "slots"
            ADD "legacy_overlap" boolean NOT NULL DEFAULT false
        `);
    // Old data may hold overlapping slots of one contact. A future slot nobody has booked is closed
    // (cancelled, with a reason) when it overlaps a booked slot or an older free one: nobody loses a
    // session, and the contact's calendar stops offering a time they cannot hold. What still
    // overlaps afterwards (past history, or two booked sessions) is kept as it is and marked
    // `legacy_overlap`, outside the rule — a migration must not cancel somebody's session.
    await queryRunner.query(`
            UPDATE "slots" s
               SET "status" = 'cancelled', "cancelled_at" = now(),
                   "cancel_reason" = 'Overlappede en anden tid for samme kontaktperson'
             WHERE s."status" <> 'cancelled' AND s."starts_at" > now()
               AND NOT EXISTS (SELECT 1 FROM "bookings" b WHERE b."slot_id" = s."id" AND b."status" <> 'cancelled')
               AND EXISTS (
                     SELECT 1 FROM "slots" o
                      WHERE o."contact_id" = s."contact_id" AND o."id" <> s."id" AND o."status" <> 'cancelled'
                        AND tstzrange(o."starts_at", o."ends_at") && tstzrange(s."starts_at", s."ends_at")
                        AND (EXISTS (SELECT 1 FROM "bookings" b WHERE b."slot_id" = o."id" AND b."status" <> 'cancelled')
                             OR (o."created_at", o."id") < (s."created_at", s."id")))
        `);
    await queryRunner.query(`
            UPDATE "slots" s SET "legacy_overlap" = true
             WHERE s."status" <> 'cancelled'
               AND EXISTS (
                     SELECT 1 FROM "slots" o
                      WHERE o."contact_id" = s."contact_id" AND o."id" <> s."id" AND o."status" <> 'cancelled'
                        AND tstzrange(o."starts_at", o."ends_at") && tstzrange(s."starts_at", s."ends_at"))
        `);
    // "id WITH <>" never excludes anything by itself; it puts the clashing slot's id in the error
    // detail, so the API's 409 can name the slot.
    await queryRunner.query(`
            ALTER TABLE "slots"
            ADD CONSTRAINT "ex_slots_contact_no_overlap" EXCLUDE USING gist (
                    "contact_id" WITH =,
                    tstzrange("starts_at", "ends_at") WITH &&,
                    "id" WITH <>
                )
            WHERE (
                    "status" <> 'cancelled'
                    AND NOT "legacy_overlap"
                )
        `);

    // A room id per booking: 18 random bytes (144 bits), URL-safe base64, unrelated to the booking id.
    await queryRunner.query(`
            CREATE FUNCTION new_video_room_id() RETURNS varchar LANGUAGE sql VOLATILE AS $$
                SELECT translate(encode(gen_random_bytes(18), 'base64'), '+/', '-_')
            $$
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "video_room_id" character varying(64)
        `);
    await queryRunner.query(`UPDATE "bookings" SET "video_room_id" = new_video_room_id()`);
    await queryRunner.query(`
            ALTER TABLE "bookings" ALTER COLUMN "video_room_id" SET NOT NULL
        `);
    // Every insert gets a room, whichever code path books (booking, rebooking, fixtures, demo data).
    await queryRunner.query(`
            CREATE FUNCTION bookings_video_room_id() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.video_room_id := new_video_room_id();
                RETURN NEW;
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER bookings_video_room_id BEFORE INSERT ON "bookings"
            FOR EACH ROW WHEN (NEW.video_room_id IS NULL) EXECUTE FUNCTION bookings_video_room_id()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER bookings_video_room_id ON "bookings"`);
    await queryRunner.query(`DROP FUNCTION bookings_video_room_id()`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "video_room_id"`);
    await queryRunner.query(`DROP FUNCTION new_video_room_id()`);
    await queryRunner.query(`ALTER TABLE "slots" DROP CONSTRAINT "ex_slots_contact_no_overlap"`);
    await queryRunner.query(`ALTER TABLE "slots" DROP COLUMN "legacy_overlap"`);
  }
}
