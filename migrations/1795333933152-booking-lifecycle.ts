import { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingLifecycle1795333933152 implements MigrationInterface {
  name = 'BookingLifecycle1795333933152';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "idempotency_keys" (
                "user_id" uuid NOT NULL,
                "key" character varying(200) NOT NULL,
                "request_hash" character(64) NOT NULL,
                "response_status" smallint,
                "response_body" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5e72f040fdc5efc8eef52a388c" ON "idempotency_keys" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."booking_attendance" AS ENUM('held', 'no_show', 'cancelled_late')
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "outcome_attendance" "public"."booking_attendance"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."booking_recommendation" AS ENUM(
                'continue_municipal',
                'refer_bup',
                'refer_private_specialist',
                'other',
                'none'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "outcome_recommendation" "public"."booking_recommendation"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "outcome_gp_participated" boolean
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "outcome_note" text
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "outcome_recorded_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "rating_value" smallint
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "rating_comment" character varying(1000)
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "rated_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "CHK_6ce6aa300313828189d3b14125" CHECK (
                    "rating_value" IS NULL
                    OR "rating_value" BETWEEN 1 AND 5
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "idempotency_keys"
            ADD CONSTRAINT "FK_4d2181624ba2d61e76a07175198" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "idempotency_keys" DROP CONSTRAINT "FK_4d2181624ba2d61e76a07175198"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "CHK_6ce6aa300313828189d3b14125"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "rated_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "rating_comment"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "rating_value"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "outcome_recorded_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "outcome_note"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "outcome_gp_participated"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "outcome_recommendation"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."booking_recommendation"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "outcome_attendance"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."booking_attendance"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5e72f040fdc5efc8eef52a388c"
        `);
    await queryRunner.query(`
            DROP TABLE "idempotency_keys"
        `);
  }
}
