import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reporting1795334661574 implements MigrationInterface {
  name = 'Reporting1795334661574';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."report_status" AS ENUM('queued', 'running', 'done', 'failed')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."report_trigger" AS ENUM('manual', 'scheduled')
        `);
    await queryRunner.query(`
            CREATE TABLE "reports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "region_id" uuid NOT NULL,
                "period_from" date NOT NULL,
                "period_to" date NOT NULL,
                "status" "public"."report_status" NOT NULL DEFAULT 'queued',
                "trigger" "public"."report_trigger" NOT NULL,
                "requested_by_id" uuid,
                "error" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_4bf474c5f535d56ea3736d6fb5" ON "reports" ("region_id", "period_from", "period_to")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."report_format" AS ENUM('pdf', 'csv', 'xlsx')
        `);
    await queryRunner.query(`
            CREATE TABLE "report_files" (
                "report_id" uuid NOT NULL,
                "format" "public"."report_format" NOT NULL,
                "content" bytea NOT NULL,
                "size" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_66850309a4bb378a7324898c51d" PRIMARY KEY ("report_id", "format")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "report_schedules" (
                "region_id" uuid NOT NULL,
                "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_run_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_cc8ac64fe9e6fbb1c59b949a281" PRIMARY KEY ("region_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_bb4ae62f1bfa20db48c54a370c0" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_648049c9aeed55eb6962ceb21b1" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "report_files"
            ADD CONSTRAINT "FK_b16cc9f98191e402dda66a20f7d" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "report_schedules"
            ADD CONSTRAINT "FK_cc8ac64fe9e6fbb1c59b949a281" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "report_schedules" DROP CONSTRAINT "FK_cc8ac64fe9e6fbb1c59b949a281"
        `);
    await queryRunner.query(`
            ALTER TABLE "report_files" DROP CONSTRAINT "FK_b16cc9f98191e402dda66a20f7d"
        `);
    await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_648049c9aeed55eb6962ceb21b1"
        `);
    await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_bb4ae62f1bfa20db48c54a370c0"
        `);
    await queryRunner.query(`
            DROP TABLE "report_schedules"
        `);
    await queryRunner.query(`
            DROP TABLE "report_files"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."report_format"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4bf474c5f535d56ea3736d6fb5"
        `);
    await queryRunner.query(`
            DROP TABLE "reports"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."report_trigger"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."report_status"
        `);
  }
}
