import { MigrationInterface, QueryRunner } from 'typeorm';

export class Absences1795334497693 implements MigrationInterface {
  name = 'Absences1795334497693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "absences" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contact_id" uuid NOT NULL,
                "from_date" date NOT NULL,
                "to_date" date NOT NULL,
                "reason" character varying(500),
                "deputy_contact_id" uuid,
                "slots_moved" integer NOT NULL DEFAULT '0',
                "slots_cancelled" integer NOT NULL DEFAULT '0',
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bd79346866fea8ac6f269252748" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c3be89f0c0c28e1344a03d376f" ON "absences" ("contact_id", "from_date")
        `);
    await queryRunner.query(`
            ALTER TABLE "absences"
            ADD CONSTRAINT "FK_44d009d7311e4a5d9465e282c4c" FOREIGN KEY ("contact_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "absences" DROP CONSTRAINT "FK_44d009d7311e4a5d9465e282c4c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c3be89f0c0c28e1344a03d376f"
        `);
    await queryRunner.query(`
            DROP TABLE "absences"
        `);
  }
}
