import { MigrationInterface, QueryRunner } from "typeorm";

export class BookingQuestionEncryption1795949831609 implements MigrationInterface {
    name = 'BookingQuestionEncryption1795949831609'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "question_encrypted" bytea
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "question_key_id" character varying(16)
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "question_purged_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ALTER COLUMN "question" DROP NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ALTER COLUMN "question"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "question_purged_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "question_key_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "question_encrypted"
        `);
    }

}
