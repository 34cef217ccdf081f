import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1795334639212 implements MigrationInterface {
    name = 'Notifications1795334639212'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."mail_send_status" AS ENUM('pending', 'sent', 'failed')
        `);
        await queryRunner.query(`
            CREATE TABLE "mail_sends" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "booking_id" uuid NOT NULL,
                "kind" character varying(60) NOT NULL,
                "ics_sequence" integer NOT NULL,
                "recipient" character varying(254) NOT NULL,
                "status" "public"."mail_send_status" NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_03e922c5ac395085009160d04f4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_mail_sends_once" ON "mail_sends" (
                "booking_id",
                "kind",
                "ics_sequence",
                "recipient"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "calendar_feed_tokens" (
                "user_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_91dd5d95930f79852080990fd66" PRIMARY KEY ("user_id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_calendar_feed_tokens_hash" ON "calendar_feed_tokens" ("token_hash")
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_feed_tokens"
            ADD CONSTRAINT "FK_91dd5d95930f79852080990fd66" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "calendar_feed_tokens" DROP CONSTRAINT "FK_91dd5d95930f79852080990fd66"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_calendar_feed_tokens_hash"
        `);
        await queryRunner.query(`
            DROP TABLE "calendar_feed_tokens"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_mail_sends_once"
        `);
        await queryRunner.query(`
            DROP TABLE "mail_sends"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."mail_send_status"
        `);
    }

}
