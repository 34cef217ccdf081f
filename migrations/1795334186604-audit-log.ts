import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795334186604 implements MigrationInterface {
  name = 'AuditLog1795334186604';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "actor_role" character varying(20),
                "action" character varying(60) NOT NULL,
                "booking_id" uuid,
                "subject_type" character varying(40),
                "subject_id" uuid,
                "region_id" uuid,
                "ip" character varying(64),
                "user_agent" character varying(300),
                "details" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ae4ca89a1d2f3fe72e0403444b" ON "audit_events" ("booking_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_463cf6bce2b93c9b4968281c7a" ON "audit_events" ("actor_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4e139cc590fd5127ecc451472e" ON "audit_events" ("occurred_at")
        `);
    // Append-only: the database itself refuses to change or remove audit entries.
    await queryRunner.query(`
            CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_events is append-only';
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_events"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4e139cc590fd5127ecc451472e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_463cf6bce2b93c9b4968281c7a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ae4ca89a1d2f3fe72e0403444b"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
  }
}
