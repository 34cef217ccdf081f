import { MigrationInterface, QueryRunner } from 'typeorm';

export class AbsenceUndo1795960760683 implements MigrationInterface {
  name = 'AbsenceUndo1795960760683';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "absence_slots" (
                "absence_id" uuid NOT NULL,
                "slot_id" uuid NOT NULL,
                "effect" character varying(16) NOT NULL,
                "previous_contact_id" uuid NOT NULL,
                "deputy_contact_id" uuid,
                "cancelled_booking_ids" uuid array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_4909b8f8f37099089717d8fff3a" PRIMARY KEY ("absence_id", "slot_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "absences"
            ADD "undoable_until" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "absences"
            ADD "undone_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "absences"
            ADD "outbox_message_ids" uuid array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "absence_slots"
            ADD CONSTRAINT "FK_4243c13a0ec4ad51a4ee9e1d904" FOREIGN KEY ("absence_id") REFERENCES "absences"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "absence_slots" DROP CONSTRAINT "FK_4243c13a0ec4ad51a4ee9e1d904"
        `);
    await queryRunner.query(`
            ALTER TABLE "absences" DROP COLUMN "outbox_message_ids"
        `);
    await queryRunner.query(`
            ALTER TABLE "absences" DROP COLUMN "undone_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "absences" DROP COLUMN "undoable_until"
        `);
    await queryRunner.query(`
            DROP TABLE "absence_slots"
        `);
  }
}
