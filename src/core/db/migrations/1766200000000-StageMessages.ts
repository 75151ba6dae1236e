import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres } from './dialect';
import { STAGE_GUIDANCE } from './1766200000000-StageMessages.seed';

/**
 * Messages for each stage and wave (issue 14): each stage's "what to do now" per role
 * (seeded for the method's six stages), a wave's dated messages with their audience and
 * templates, and the sent log. A person may have a known language for messages.
 * A deleted wave, stage, role or level takes its messages and their log with it.
 */
const SQLITE_UP = [
  `CREATE TABLE "stage_guidance" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "stage_id" integer NOT NULL, "role_key" varchar(40) NOT NULL, "text_nb" text NOT NULL DEFAULT (''), "text_en" text NOT NULL DEFAULT (''), CONSTRAINT "FK_b3658a3565427eca1bee3abf699" FOREIGN KEY ("stage_id") REFERENCES "stage" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE UNIQUE INDEX "idx_stage_guidance_unique" ON "stage_guidance" ("stage_id", "role_key") `,
  `CREATE TABLE "wave_message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "wave_id" integer NOT NULL, "timing" varchar(10) NOT NULL, "stage_id" integer, "send_on" varchar(10) NOT NULL, "role_id" integer NOT NULL, "level_id" integer NOT NULL, "subject_nb" varchar(300) NOT NULL DEFAULT (''), "body_nb" text NOT NULL DEFAULT (''), "subject_en" varchar(300) NOT NULL DEFAULT (''), "body_en" text NOT NULL DEFAULT (''), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_a3424276a7e690d8c26aea9545a" FOREIGN KEY ("wave_id") REFERENCES "wave" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_e64778deac38c65de95b9851507" FOREIGN KEY ("stage_id") REFERENCES "stage" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_960932dda0e8a98687ed053c1cb" FOREIGN KEY ("role_id") REFERENCES "role" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ebfa3f7f0535b6cda8c6d5f79d9" FOREIGN KEY ("level_id") REFERENCES "level" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_wave_message_wave" ON "wave_message" ("wave_id") `,
  `CREATE TABLE "message_sent" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "message_id" integer NOT NULL, "unit_id" integer NOT NULL, "person_id" integer, "channel" varchar(8) NOT NULL, "subject" varchar(300) NOT NULL DEFAULT (''), "sent_at" datetime NOT NULL, "sent_by" varchar(100) NOT NULL, CONSTRAINT "FK_a3a843d1158b28838aac63702be" FOREIGN KEY ("message_id") REFERENCES "wave_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_c0b78b790c72ff9021425fc46f8" FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_df37f958f403e898d72b9c791e5" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_message_sent_unit" ON "message_sent" ("unit_id") `,
  `CREATE INDEX "idx_message_sent_message_unit" ON "message_sent" ("message_id", "unit_id") `,
  `ALTER TABLE "person" ADD COLUMN "language" varchar(2)`,
];

const POSTGRES_UP = [
  `CREATE TABLE "stage_guidance" ("id" SERIAL NOT NULL, "stage_id" integer NOT NULL, "role_key" character varying(40) NOT NULL, "text_nb" text NOT NULL DEFAULT '', "text_en" text NOT NULL DEFAULT '', CONSTRAINT "PK_e54883442c5027331fd1f3c55ce" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "idx_stage_guidance_unique" ON "stage_guidance" ("stage_id", "role_key") `,
  `CREATE TABLE "wave_message" ("id" SERIAL NOT NULL, "wave_id" integer NOT NULL, "timing" character varying(10) NOT NULL, "stage_id" integer, "send_on" character varying(10) NOT NULL, "role_id" integer NOT NULL, "level_id" integer NOT NULL, "subject_nb" character varying(300) NOT NULL DEFAULT '', "body_nb" text NOT NULL DEFAULT '', "subject_en" character varying(300) NOT NULL DEFAULT '', "body_en" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db1c62a35a5bfd9ffaf53a9403c" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_wave_message_wave" ON "wave_message" ("wave_id") `,
  `CREATE TABLE "message_sent" ("id" SERIAL NOT NULL, "message_id" integer NOT NULL, "unit_id" integer NOT NULL, "person_id" integer, "channel" character varying(8) NOT NULL, "subject" character varying(300) NOT NULL DEFAULT '', "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_by" character varying(100) NOT NULL, CONSTRAINT "PK_8b1b9e0af3eac42a29879166fbb" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_message_sent_unit" ON "message_sent" ("unit_id") `,
  `CREATE INDEX "idx_message_sent_message_unit" ON "message_sent" ("message_id", "unit_id") `,
  `ALTER TABLE "person" ADD "language" character varying(2)`,
  `ALTER TABLE "wave_message" ADD CONSTRAINT "FK_a3424276a7e690d8c26aea9545a" FOREIGN KEY ("wave_id") REFERENCES "wave"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "wave_message" ADD CONSTRAINT "FK_e64778deac38c65de95b9851507" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "wave_message" ADD CONSTRAINT "FK_960932dda0e8a98687ed053c1cb" FOREIGN KEY ("role_id") REFERENCES "role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "wave_message" ADD CONSTRAINT "FK_ebfa3f7f0535b6cda8c6d5f79d9" FOREIGN KEY ("level_id") REFERENCES "level"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "message_sent" ADD CONSTRAINT "FK_a3a843d1158b28838aac63702be" FOREIGN KEY ("message_id") REFERENCES "wave_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "message_sent" ADD CONSTRAINT "FK_c0b78b790c72ff9021425fc46f8" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "message_sent" ADD CONSTRAINT "FK_df37f958f403e898d72b9c791e5" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  `ALTER TABLE "stage_guidance" ADD CONSTRAINT "FK_b3658a3565427eca1bee3abf699" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
];

export class StageMessages1766200000000 implements MigrationInterface {
  name = 'StageMessages1766200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of onPostgres(q) ? POSTGRES_UP : SQLITE_UP) await q.query(statement);
    // The seeded stages that still exist get the method's defaults; stages added by hand start empty.
    const stages: Array<{ id: number; key: string | null }> = await q.query(`SELECT "id", "key" FROM "stage" WHERE "key" IS NOT NULL`);
    for (const stage of stages) {
      const texts = stage.key === null ? undefined : STAGE_GUIDANCE[stage.key];
      if (!texts) continue;
      for (const [roleKey, { nb, en }] of Object.entries(texts)) {
        await q.query(`INSERT INTO "stage_guidance" ("stage_id", "role_key", "text_nb", "text_en") VALUES (?, ?, ?, ?)`, [stage.id, roleKey, nb, en]);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['message_sent', 'wave_message', 'stage_guidance']) await q.query(`DROP TABLE "${table}"`);
    await q.query(`ALTER TABLE "person" DROP COLUMN "language"`);
  }
}
