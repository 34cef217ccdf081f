import { MigrationInterface, QueryRunner } from "typeorm";

export class SignInHardening1795950250835 implements MigrationInterface {
    name = 'SignInHardening1795950250835'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "login_throttle"
                RENAME COLUMN "locked_until" TO "lock_notified_at"
        `);
        await queryRunner.query(`
            CREATE TABLE "account_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "purpose" character varying(20) NOT NULL,
                "token_hash" character(64),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid,
                CONSTRAINT "UQ_167033390a71c52224c7c636c8b" UNIQUE ("token_hash"),
                CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1b5fea09efc20c7f63c4a09b3d" ON "account_tokens" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "login_client_throttle" (
                "email" character varying(254) NOT NULL,
                "client_ip" character varying(45) NOT NULL,
                "failures" integer NOT NULL DEFAULT '0',
                "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "locked_until" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_ecc28e0170b2c1e9a5153b83971" PRIMARY KEY ("email", "client_ip")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "mfa_recovery_codes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "code_hash" character(64) NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_f4a1e4b067c0c278b69ed5f23b9" UNIQUE ("code_hash"),
                CONSTRAINT "PK_0076416b1b84361afc3371ba121" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_23aa6c5fdecdd98508fd4456ac" ON "mfa_recovery_codes" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "user_mfa" (
                "user_id" uuid NOT NULL,
                "secret_ciphertext" bytea NOT NULL,
                "key_id" character varying(10) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "enabled_at" TIMESTAMP WITH TIME ZONE,
                "last_used_step" bigint,
                CONSTRAINT "PK_a3db12d521d7b1f7d17c71e465a" PRIMARY KEY ("user_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_sessions"
            ADD "amr" character varying(40) NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_sessions"
            ADD "mfa" boolean NOT NULL DEFAULT false
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "auth_sessions" DROP COLUMN "mfa"
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_sessions" DROP COLUMN "amr"
        `);
        await queryRunner.query(`
            DROP TABLE "user_mfa"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_23aa6c5fdecdd98508fd4456ac"
        `);
        await queryRunner.query(`
            DROP TABLE "mfa_recovery_codes"
        `);
        await queryRunner.query(`
            DROP TABLE "login_client_throttle"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1b5fea09efc20c7f63c4a09b3d"
        `);
        await queryRunner.query(`
            DROP TABLE "account_tokens"
        `);
        await queryRunner.query(`
            ALTER TABLE "login_throttle"
                RENAME COLUMN "lock_notified_at" TO "locked_until"
        `);
    }

}
