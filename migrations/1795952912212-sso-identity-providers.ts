import { MigrationInterface, QueryRunner } from "typeorm";

export class SsoIdentityProviders1795952912212 implements MigrationInterface {
    name = 'SsoIdentityProviders1795952912212'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."identity_provider_kind" AS ENUM('saml', 'oidc')
        `);
        await queryRunner.query(`
            CREATE TABLE "identity_providers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "region_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "kind" "public"."identity_provider_kind" NOT NULL,
                "municipality_ids" uuid array NOT NULL DEFAULT '{}',
                "email_domains" character varying(253) array NOT NULL DEFAULT '{}',
                "local_login_allowed" boolean NOT NULL DEFAULT true,
                "active" boolean NOT NULL DEFAULT true,
                "entity_id" character varying(1000) NOT NULL,
                "metadata_url" character varying(1000),
                "sso_url" character varying(1000),
                "slo_url" character varying(1000),
                "signing_certs" text array NOT NULL DEFAULT '{}',
                "client_id" character varying(500),
                "client_secret_ciphertext" bytea,
                "key_id" character varying(20),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_6e90c68597e3bc8da0190669cc8" UNIQUE ("entity_id"),
                CONSTRAINT "PK_3ac9e77e3690c03f7f25579c8e0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_baa942424910807da7413a258a" ON "identity_providers" ("region_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "sso_sessions" (
                "session_id" uuid NOT NULL,
                "provider_id" uuid NOT NULL,
                "name_id" character varying(500) NOT NULL,
                "name_id_format" character varying(200),
                "session_index" character varying(200),
                CONSTRAINT "PK_8bbcc6d5658380379dd5b49c60e" PRIMARY KEY ("session_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_385e0413af5ba6dbb15917d776" ON "sso_sessions" ("provider_id", "name_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "saml_message_ids" (
                "key" character varying(600) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_245d9804d3dec41e18cdb42cc12" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6f5878c92dcc0a1eb9bf5acb60" ON "saml_message_ids" ("expires_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "identity_providers"
            ADD CONSTRAINT "FK_baa942424910807da7413a258a7" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sso_sessions"
            ADD CONSTRAINT "FK_8bbcc6d5658380379dd5b49c60e" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sso_sessions"
            ADD CONSTRAINT "FK_ec2b95a1311fe5b7b18fa25957e" FOREIGN KEY ("provider_id") REFERENCES "identity_providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sso_sessions" DROP CONSTRAINT "FK_ec2b95a1311fe5b7b18fa25957e"
        `);
        await queryRunner.query(`
            ALTER TABLE "sso_sessions" DROP CONSTRAINT "FK_8bbcc6d5658380379dd5b49c60e"
        `);
        await queryRunner.query(`
            ALTER TABLE "identity_providers" DROP CONSTRAINT "FK_baa942424910807da7413a258a7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6f5878c92dcc0a1eb9bf5acb60"
        `);
        await queryRunner.query(`
            DROP TABLE "saml_message_ids"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_385e0413af5ba6dbb15917d776"
        `);
        await queryRunner.query(`
            DROP TABLE "sso_sessions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_baa942424910807da7413a258a"
        `);
        await queryRunner.query(`
            DROP TABLE "identity_providers"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."identity_provider_kind"
        `);
    }

}
