import { MigrationInterface, QueryRunner } from "typeorm";

export class DropClearBookingQuestion1795949853063 implements MigrationInterface {
    name = 'DropClearBookingQuestion1795949853063'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "question"
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "question" text
        `);
    }

}
