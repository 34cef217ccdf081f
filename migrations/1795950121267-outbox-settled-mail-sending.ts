import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxSettledMailSending1795950121267 implements MigrationInterface {
  name = 'OutboxSettledMailSending1795950121267';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "outbox_messages"
            ADD "settled_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "mail_sends"
            ADD "message_id" character varying(200)
        `);
    await queryRunner.query(`
            ALTER TABLE "mail_sends"
            ADD "sending_since" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."mail_send_status"
            ADD VALUE 'sending'
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_unsettled" ON "outbox_messages" ("processed_at")
            WHERE "processed_at" IS NOT NULL
                AND "settled_at" IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_unsettled"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."mail_send_status_old" AS ENUM('pending', 'sent', 'failed')
        `);
    await queryRunner.query(`
            ALTER TABLE "mail_sends"
            ALTER COLUMN "status" TYPE "public"."mail_send_status_old" USING "status"::"text"::"public"."mail_send_status_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."mail_send_status"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."mail_send_status_old"
            RENAME TO "mail_send_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "mail_sends" DROP COLUMN "sending_since"
        `);
    await queryRunner.query(`
            ALTER TABLE "mail_sends" DROP COLUMN "message_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages" DROP COLUMN "settled_at"
        `);
  }
}
