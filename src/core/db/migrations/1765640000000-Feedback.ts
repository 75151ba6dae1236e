import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres } from './dialect';

/**
 * «Innspill»: needs, problems, worries and ideas raised for a unit, with the faggruppe's
 * status and signed answer, and the link to the entry it duplicates (src/core/feedback).
 * A unit with entries cannot be deleted (it is archived instead); an erased raiser or a
 * deleted stage leaves the entry without one.
 */
const SQLITE_UP = [
  `CREATE TABLE "feedback_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unit_id" integer NOT NULL, "kind" varchar(10) NOT NULL, "title" varchar(200) NOT NULL, "title_key" varchar(200) NOT NULL DEFAULT (''), "description" text NOT NULL DEFAULT (''), "raised_by_id" integer, "anonymous" boolean NOT NULL DEFAULT (0), "stage_id" integer, "status" varchar(12) NOT NULL DEFAULT ('new'), "answer" text NOT NULL DEFAULT (''), "answer_signed_as" varchar(100) NOT NULL DEFAULT (''), "answered_at" datetime, "created_at" datetime NOT NULL, "votes" integer NOT NULL DEFAULT (1), "duplicate_of_id" integer, "merged" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_c6b004fc8ecc358f38418d0f727" FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b35cd6f3d7cee650405d4586780" FOREIGN KEY ("raised_by_id") REFERENCES "person" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_d9e9e7301c44f9ef9819169da33" FOREIGN KEY ("stage_id") REFERENCES "stage" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_df3f067c39f9bf1d535436cfca8" FOREIGN KEY ("duplicate_of_id") REFERENCES "feedback_entry" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_feedback_entry_unit" ON "feedback_entry" ("unit_id") `,
  `CREATE INDEX "idx_feedback_entry_raised_by" ON "feedback_entry" ("raised_by_id") `,
  `CREATE INDEX "idx_feedback_entry_duplicate_of" ON "feedback_entry" ("duplicate_of_id") `,
  `CREATE INDEX "idx_feedback_entry_created" ON "feedback_entry" ("created_at") `,
];

const POSTGRES_UP = [
  `CREATE TABLE "feedback_entry" ("id" SERIAL NOT NULL, "unit_id" integer NOT NULL, "kind" character varying(10) NOT NULL, "title" character varying(200) NOT NULL, "title_key" character varying(200) NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "raised_by_id" integer, "anonymous" boolean NOT NULL DEFAULT false, "stage_id" integer, "status" character varying(12) NOT NULL DEFAULT 'new', "answer" text NOT NULL DEFAULT '', "answer_signed_as" character varying(100) NOT NULL DEFAULT '', "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "votes" integer NOT NULL DEFAULT '1', "duplicate_of_id" integer, "merged" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_367b9e7d8c7b2c94282eb3e0b9b" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_feedback_entry_unit" ON "feedback_entry" ("unit_id") `,
  `CREATE INDEX "idx_feedback_entry_raised_by" ON "feedback_entry" ("raised_by_id") `,
  `CREATE INDEX "idx_feedback_entry_duplicate_of" ON "feedback_entry" ("duplicate_of_id") `,
  `CREATE INDEX "idx_feedback_entry_created" ON "feedback_entry" ("created_at") `,
  `ALTER TABLE "feedback_entry" ADD CONSTRAINT "FK_c6b004fc8ecc358f38418d0f727" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "feedback_entry" ADD CONSTRAINT "FK_b35cd6f3d7cee650405d4586780" FOREIGN KEY ("raised_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  `ALTER TABLE "feedback_entry" ADD CONSTRAINT "FK_d9e9e7301c44f9ef9819169da33" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  `ALTER TABLE "feedback_entry" ADD CONSTRAINT "FK_df3f067c39f9bf1d535436cfca8" FOREIGN KEY ("duplicate_of_id") REFERENCES "feedback_entry"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
];

export class Feedback1765640000000 implements MigrationInterface {
  name = 'Feedback1765640000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of onPostgres(q) ? POSTGRES_UP : SQLITE_UP) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "feedback_entry"`);
  }
}
