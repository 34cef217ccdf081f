import { MigrationInterface, QueryRunner } from 'typeorm';

export class SlotOfferFacts1795961278806 implements MigrationInterface {
  name = 'SlotOfferFacts1795961278806';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Added empty, backfilled from the slots, then made NOT NULL (existing rows have no value).
    await queryRunner.query(`
            ALTER TABLE "slot_offers"
            ADD "starts_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_offers"
            ADD "slot_status" "public"."slot_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_offers"
            ADD "capacity" integer
        `);
    await queryRunner.query(`
            UPDATE "slot_offers" o SET "starts_at" = s."starts_at", "slot_status" = s."status", "capacity" = s."capacity"
            FROM "slots" s WHERE s."id" = o."slot_id"
        `);
    for (const column of ['starts_at', 'slot_status', 'capacity']) {
      await queryRunner.query(`ALTER TABLE "slot_offers" ALTER COLUMN "${column}" SET NOT NULL`);
    }
    // An offer copies its slot's time, status and capacity in the statement that inserts it, whichever
    // code path writes it (slot creation, the series materialiser, seed data, fixtures) — as
    // bookings.session_starts_at does.
    await queryRunner.query(`
            CREATE FUNCTION slot_offers_slot_facts() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                SELECT s.starts_at, s.status, s.capacity INTO NEW.starts_at, NEW.slot_status, NEW.capacity
                  FROM slots s WHERE s.id = NEW.slot_id;
                RETURN NEW;
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER slot_offers_slot_facts BEFORE INSERT OR UPDATE OF slot_id ON "slot_offers"
            FOR EACH ROW EXECUTE FUNCTION slot_offers_slot_facts()
        `);
    // A slot's cancellation (or a corrected time or capacity) reaches its offers in the same statement.
    await queryRunner.query(`
            CREATE FUNCTION slots_offer_facts() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE slot_offers SET starts_at = NEW.starts_at, slot_status = NEW.status, capacity = NEW.capacity
                 WHERE slot_id = NEW.id;
                RETURN NEW;
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER slots_offer_facts AFTER UPDATE OF starts_at, status, capacity ON "slots"
            FOR EACH ROW WHEN (NEW.starts_at IS DISTINCT FROM OLD.starts_at OR NEW.status IS DISTINCT FROM OLD.status
                               OR NEW.capacity IS DISTINCT FROM OLD.capacity)
            EXECUTE FUNCTION slots_offer_facts()
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_slot_offers_municipality_start" ON "slot_offers" ("municipality_id", "starts_at", "slot_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."idx_slot_offers_municipality_start"
        `);
    await queryRunner.query(`DROP TRIGGER slots_offer_facts ON "slots"`);
    await queryRunner.query(`DROP FUNCTION slots_offer_facts()`);
    await queryRunner.query(`DROP TRIGGER slot_offers_slot_facts ON "slot_offers"`);
    await queryRunner.query(`DROP FUNCTION slot_offers_slot_facts()`);
    await queryRunner.query(`
            ALTER TABLE "slot_offers" DROP COLUMN "capacity"
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_offers" DROP COLUMN "slot_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_offers" DROP COLUMN "starts_at"
        `);
  }
}
