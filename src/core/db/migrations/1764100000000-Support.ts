import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres, postgresDdl } from './dialect';
import { PROBLEM_SEED } from './1764100000000-Support.seed';

/**
 * Login support: the problem catalog (seeded with the real Entra ID, BankID,
 * MinID and general cases), SLA targets per tier, cases, their events, and
 * the per-tier SLA clocks.
 */
export class Support1764100000000 implements MigrationInterface {
  name = 'Support1764100000000';

  async up(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) await postgresDdl(q, this.name, 'up');
    else {
      await q.query(
        `CREATE TABLE "problem" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(40), "title_nb" varchar(200) NOT NULL, "title_en" varchar(200) NOT NULL, "symptoms_nb" text NOT NULL DEFAULT (''), "symptoms_en" text NOT NULL DEFAULT (''), "steps_nb" text NOT NULL DEFAULT (''), "steps_en" text NOT NULL DEFAULT (''), "resolve_tier" varchar(10) NOT NULL, "needs_nb" text NOT NULL DEFAULT (''), "needs_en" text NOT NULL DEFAULT (''), "codes" text NOT NULL DEFAULT (''), "fragments" text NOT NULL DEFAULT (''), "sort_order" integer NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_0174991bd22a8f5e1bfeb1180f7" UNIQUE ("key"))`,
      );
      await q.query(
        `CREATE TABLE "support_case" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unit_id" integer NOT NULL, "reporter_name" varchar(200) NOT NULL, "reporter_contact" varchar(200) NOT NULL DEFAULT (''), "problem_id" integer, "description" text NOT NULL DEFAULT (''), "tier" varchar(10) NOT NULL, "state" varchar(10) NOT NULL, "opened_at" datetime NOT NULL, "resolved_at" datetime, "resolved_tier" varchar(10), "resolution" text NOT NULL DEFAULT (''), CONSTRAINT "FK_ae633be12320e1902ac8c85dfb6" FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_15a79e342037a13d76001519cc1" FOREIGN KEY ("problem_id") REFERENCES "problem" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
      );
      await q.query(
        `CREATE INDEX "idx_support_case_unit" ON "support_case" ("unit_id")`,
      );
      await q.query(
        `CREATE INDEX "idx_support_case_problem" ON "support_case" ("problem_id")`,
      );
      await q.query(
        `CREATE INDEX "idx_support_case_opened" ON "support_case" ("opened_at")`,
      );
      await q.query(
        `CREATE TABLE "case_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "case_id" integer NOT NULL, "at" datetime NOT NULL, "kind" varchar(20) NOT NULL, "from_tier" varchar(10), "to_tier" varchar(10), "note" text NOT NULL DEFAULT (''), "actor" varchar(100) NOT NULL, CONSTRAINT "FK_85962fcd8d72296385c01a5dd45" FOREIGN KEY ("case_id") REFERENCES "support_case" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await q.query(
        `CREATE INDEX "idx_case_event_case" ON "case_event" ("case_id", "at")`,
      );
      await q.query(
        `CREATE TABLE "case_tier_clock" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "case_id" integer NOT NULL, "tier" varchar(10) NOT NULL, "arrived_at" datetime NOT NULL, "response_minutes" integer, "held_minutes" integer NOT NULL DEFAULT (0), "response_breached" boolean NOT NULL DEFAULT (0), "resolution_breached" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_860a8ddd519c84153f729fc726f" FOREIGN KEY ("case_id") REFERENCES "support_case" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await q.query(
        `CREATE INDEX "idx_case_tier_clock_tier" ON "case_tier_clock" ("tier")`,
      );
      await q.query(
        `CREATE UNIQUE INDEX "idx_case_tier_clock_unique" ON "case_tier_clock" ("case_id", "tier")`,
      );
      await q.query(
        `CREATE TABLE "sla_policy" ("tier" varchar(10) PRIMARY KEY NOT NULL, "first_response_minutes" integer NOT NULL, "resolution_minutes" integer NOT NULL, "business_hours" boolean NOT NULL)`,
      );
    }

    // Defaults: the chapter answers within half a working day; each tier above answers faster,
    // since a case reaching it has already waited. Business hours everywhere.
    for (const [tier, firstResponse, resolution] of [
      ['chapter', 240, 960], ['region', 240, 960], ['national', 120, 960], ['vendor', 120, 1440],
    ] as const) {
      await q.query(
        `INSERT INTO "sla_policy" ("tier", "first_response_minutes", "resolution_minutes", "business_hours") VALUES (?, ?, ?, TRUE)`,
        [tier, firstResponse, resolution],
      );
    }
    for (const [order, p] of PROBLEM_SEED.entries()) {
      await q.query(
        `INSERT INTO "problem" ("key", "title_nb", "title_en", "symptoms_nb", "symptoms_en", "steps_nb", "steps_en", "resolve_tier", "needs_nb", "needs_en", "codes", "fragments", "sort_order")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          p.key, p.titleNb, p.titleEn, p.symptomsNb, p.symptomsEn, p.stepsNb.join('\n'), p.stepsEn.join('\n'),
          p.resolveTier, p.needsNb, p.needsEn, p.codes.join('\n'), p.fragments.join('\n'), order,
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) return postgresDdl(q, this.name, 'down');
    await q.query(`DROP TABLE "sla_policy"`);
    await q.query(`DROP INDEX "idx_case_tier_clock_unique"`);
    await q.query(`DROP INDEX "idx_case_tier_clock_tier"`);
    await q.query(`DROP TABLE "case_tier_clock"`);
    await q.query(`DROP INDEX "idx_case_event_case"`);
    await q.query(`DROP TABLE "case_event"`);
    await q.query(`DROP INDEX "idx_support_case_opened"`);
    await q.query(`DROP INDEX "idx_support_case_problem"`);
    await q.query(`DROP INDEX "idx_support_case_unit"`);
    await q.query(`DROP TABLE "support_case"`);
    await q.query(`DROP TABLE "problem"`);
  }
}
