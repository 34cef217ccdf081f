import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795332195910 implements MigrationInterface {
  name = 'Init1795332195910';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "outbox_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(100) NOT NULL,
                "payload" jsonb NOT NULL,
                "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "processed_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_pending" ON "outbox_messages" ("available_at")
            WHERE "processed_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "regions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(4) NOT NULL,
                "name" character varying(100) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_4f6dc5a464961e7c65a395ea4c6" UNIQUE ("code"),
                CONSTRAINT "PK_4fcd12ed6a046276e2deb08801c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "clusters" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "region_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_56c8e201f375e1e961dcdd6831c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_092d9550c884d05a3705f50876" ON "clusters" ("region_id", "name")
        `);
    await queryRunner.query(`
            CREATE TABLE "departments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "region_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_8681da666ad9699d568b3e91064" UNIQUE ("name"),
                CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM('consultant', 'contact', 'admin')
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "name" character varying(200) NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "region_id" uuid NOT NULL,
                "municipality_id" uuid,
                "department_id" uuid,
                "profession" character varying(100),
                "password_hash" character varying(255),
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_eda381454352c36551a7fb1947" ON "users" ("municipality_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "municipalities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(3) NOT NULL,
                "name" character varying(100) NOT NULL,
                "region_id" uuid NOT NULL,
                "cluster_id" uuid NOT NULL,
                "population0to17" integer,
                "contact_id" uuid,
                "deputy_contact_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_9e0e960d7323bb120dc5e915dd8" UNIQUE ("code"),
                CONSTRAINT "PK_9c4573349577306f221dda4d924" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."session_kind" AS ENUM('sparring', 'supervision', 'teaching')
        `);
    await queryRunner.query(`
            CREATE TABLE "slot_series" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contact_id" uuid NOT NULL,
                "kind" "public"."session_kind" NOT NULL,
                "municipality_ids" uuid array NOT NULL,
                "weekday" smallint NOT NULL,
                "start_time" character varying(5) NOT NULL,
                "interval_weeks" smallint NOT NULL DEFAULT '1',
                "starts_on" date NOT NULL,
                "ends_on" date,
                "capacity" integer NOT NULL DEFAULT '1',
                "video_url" character varying(500),
                "include_public_holidays" boolean NOT NULL DEFAULT false,
                "materialised_until" TIMESTAMP WITH TIME ZONE,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e470e88b5186d6bea219cb4fdda" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e0e5dcae52db6df486dba632ee" ON "slot_series" ("contact_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."slot_status" AS ENUM('open', 'cancelled')
        `);
    await queryRunner.query(`
            CREATE TABLE "slots" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "series_id" uuid,
                "contact_id" uuid NOT NULL,
                "kind" "public"."session_kind" NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "capacity" integer NOT NULL DEFAULT '1',
                "status" "public"."slot_status" NOT NULL DEFAULT 'open',
                "video_url" character varying(500),
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "cancel_reason" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_84d1e2c8dd06c0d347cdad3c36" CHECK ("capacity" >= 1),
                CONSTRAINT "CHK_4b6ace4aadded3276b0cb57638" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_8b553bb1941663b63fd38405e42" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7275755ee7ff5a96f07181b3f9" ON "slots" ("starts_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c8748613acc87c025f2a5b4184" ON "slots" ("contact_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_461e6994a4f19a65253fd02eb5" ON "slots" ("series_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "slot_offers" (
                "slot_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                CONSTRAINT "PK_f221644ee9515177a10bb1c036d" PRIMARY KEY ("slot_id", "municipality_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f221644ee9515177a10bb1c036" ON "slot_offers" ("municipality_id", "slot_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."booking_status" AS ENUM('booked', 'cancelled', 'held', 'no_show')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."booking_topic" AS ENUM(
                'anxiety',
                'depression',
                'adhd',
                'autism',
                'eating_disorder',
                'self_harm',
                'school_absence',
                'ocd',
                'psychosis',
                'trauma',
                'attachment',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."child_age_band" AS ENUM('0-5', '6-9', '10-13', '14-17', '18+')
        `);
    await queryRunner.query(`
            CREATE TABLE "bookings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slot_id" uuid NOT NULL,
                "seat" integer NOT NULL DEFAULT '1',
                "municipality_id" uuid NOT NULL,
                "consultant_id" uuid NOT NULL,
                "status" "public"."booking_status" NOT NULL DEFAULT 'booked',
                "topic" "public"."booking_topic" NOT NULL,
                "step" smallint NOT NULL DEFAULT '2',
                "child_age_band" "public"."child_age_band" NOT NULL,
                "question" text NOT NULL,
                "gp_email" character varying(254),
                "participant_emails" character varying(254) array NOT NULL DEFAULT '{}',
                "case_summary_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "case_summary_submitted_at" TIMESTAMP WITH TIME ZONE,
                "ics_sequence" integer NOT NULL DEFAULT '0',
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "cancelled_by_id" uuid,
                "cancel_reason" character varying(500),
                "late_cancellation" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_6d235c75196572e8b347a62ff8" CHECK ("seat" >= 1),
                CONSTRAINT "CHK_3ed187442da27daa39b7534db1" CHECK (
                    "step" BETWEEN 1 AND 4
                ),
                CONSTRAINT "PK_bee6805982cc1e248e94ce94957" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_409d5b76fb2b0501a8c72dd4ee" ON "bookings" ("slot_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a3b71832fca84d2650c7fa1ea9" ON "bookings" ("consultant_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3cac354da74c576a663cbf1ce4" ON "bookings" ("municipality_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_bookings_active_seat" ON "bookings" ("slot_id", "seat")
            WHERE "status" <> 'cancelled'
        `);
    await queryRunner.query(`
            ALTER TABLE "clusters"
            ADD CONSTRAINT "FK_56addba00988f3bb91a84018dc0" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "departments"
            ADD CONSTRAINT "FK_ef5f1dce012d77fa8268aba1fb6" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_1901e9aae03c8897b7dd460c27f" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_eda381454352c36551a7fb1947b" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities"
            ADD CONSTRAINT "FK_aa87731b7c481ef56100a358ffa" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities"
            ADD CONSTRAINT "FK_b4f04bc809ed0ec399d617d3282" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities"
            ADD CONSTRAINT "FK_94065b8c92118dd0b16f9b83e30" FOREIGN KEY ("contact_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities"
            ADD CONSTRAINT "FK_d58d5d3ecb96c7fe22239623030" FOREIGN KEY ("deputy_contact_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_series"
            ADD CONSTRAINT "FK_e0e5dcae52db6df486dba632eed" FOREIGN KEY ("contact_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "slots"
            ADD CONSTRAINT "FK_ee10973df0e651a82f2d2266ada" FOREIGN KEY ("series_id") REFERENCES "slot_series"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "slots"
            ADD CONSTRAINT "FK_74947ce301f607f615674ed3833" FOREIGN KEY ("contact_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_offers"
            ADD CONSTRAINT "FK_ee07867681ed1ecbd64dabe152e" FOREIGN KEY ("slot_id") REFERENCES "slots"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_offers"
            ADD CONSTRAINT "FK_238344f38b944506b830c709a9f" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_409d5b76fb2b0501a8c72dd4eeb" FOREIGN KEY ("slot_id") REFERENCES "slots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_e06cb8aeae2452b297e5342f502" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_a3b71832fca84d2650c7fa1ea93" FOREIGN KEY ("consultant_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_977313f5bd68a7156fdada92afc" FOREIGN KEY ("cancelled_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_977313f5bd68a7156fdada92afc"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_a3b71832fca84d2650c7fa1ea93"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_e06cb8aeae2452b297e5342f502"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_409d5b76fb2b0501a8c72dd4eeb"
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_offers" DROP CONSTRAINT "FK_238344f38b944506b830c709a9f"
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_offers" DROP CONSTRAINT "FK_ee07867681ed1ecbd64dabe152e"
        `);
    await queryRunner.query(`
            ALTER TABLE "slots" DROP CONSTRAINT "FK_74947ce301f607f615674ed3833"
        `);
    await queryRunner.query(`
            ALTER TABLE "slots" DROP CONSTRAINT "FK_ee10973df0e651a82f2d2266ada"
        `);
    await queryRunner.query(`
            ALTER TABLE "slot_series" DROP CONSTRAINT "FK_e0e5dcae52db6df486dba632eed"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities" DROP CONSTRAINT "FK_d58d5d3ecb96c7fe22239623030"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities" DROP CONSTRAINT "FK_94065b8c92118dd0b16f9b83e30"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities" DROP CONSTRAINT "FK_b4f04bc809ed0ec399d617d3282"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities" DROP CONSTRAINT "FK_aa87731b7c481ef56100a358ffa"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_eda381454352c36551a7fb1947b"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_1901e9aae03c8897b7dd460c27f"
        `);
    await queryRunner.query(`
            ALTER TABLE "departments" DROP CONSTRAINT "FK_ef5f1dce012d77fa8268aba1fb6"
        `);
    await queryRunner.query(`
            ALTER TABLE "clusters" DROP CONSTRAINT "FK_56addba00988f3bb91a84018dc0"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_bookings_active_seat"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3cac354da74c576a663cbf1ce4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a3b71832fca84d2650c7fa1ea9"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_409d5b76fb2b0501a8c72dd4ee"
        `);
    await queryRunner.query(`
            DROP TABLE "bookings"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."child_age_band"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."booking_topic"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."booking_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f221644ee9515177a10bb1c036"
        `);
    await queryRunner.query(`
            DROP TABLE "slot_offers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_461e6994a4f19a65253fd02eb5"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c8748613acc87c025f2a5b4184"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7275755ee7ff5a96f07181b3f9"
        `);
    await queryRunner.query(`
            DROP TABLE "slots"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."slot_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e0e5dcae52db6df486dba632ee"
        `);
    await queryRunner.query(`
            DROP TABLE "slot_series"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."session_kind"
        `);
    await queryRunner.query(`
            DROP TABLE "municipalities"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_eda381454352c36551a7fb1947"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
    await queryRunner.query(`
            DROP TABLE "departments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_092d9550c884d05a3705f50876"
        `);
    await queryRunner.query(`
            DROP TABLE "clusters"
        `);
    await queryRunner.query(`
            DROP TABLE "regions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_messages"
        `);
  }
}
