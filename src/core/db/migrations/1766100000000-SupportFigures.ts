import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildDue } from '../../support/due-store';
import { rebuildFigures } from '../../support/figures-store';
import { onPostgres } from './dialect';

/**
 * Support figures kept up to date as case events are written (issue 16): each open
 * case's due times and the instant from which it is overdue, stored and indexed, with
 * an index on the case state; and daily rollups per unit and tier (support_day), their
 * histogram of minutes and their problem counts. Existing databases get them filled
 * here from each case's events and clocks, by the core's own computation (the one
 * `forankring rebuild-figures` runs).
 */
const SQLITE_TABLES = [
  `CREATE TABLE "support_day" ("day" varchar(10) NOT NULL, "unit_id" integer NOT NULL, "tier" varchar(10) NOT NULL, "opened" integer NOT NULL DEFAULT (0), "solved" integer NOT NULL DEFAULT (0), "reached" integer NOT NULL DEFAULT (0), "response_breaches" integer NOT NULL DEFAULT (0), "resolution_breaches" integer NOT NULL DEFAULT (0), "responses" integer NOT NULL DEFAULT (0), "response_minutes" integer NOT NULL DEFAULT (0), "resolution_minutes" integer NOT NULL DEFAULT (0), PRIMARY KEY ("day", "unit_id", "tier")) WITHOUT ROWID`,
  `CREATE TABLE "support_day_minutes" ("day" varchar(10) NOT NULL, "unit_id" integer NOT NULL, "tier" varchar(10) NOT NULL, "measure" varchar(10) NOT NULL, "bucket" integer NOT NULL, "n" integer NOT NULL DEFAULT (0), PRIMARY KEY ("day", "unit_id", "tier", "measure", "bucket")) WITHOUT ROWID`,
  `CREATE TABLE "support_day_problem" ("day" varchar(10) NOT NULL, "unit_id" integer NOT NULL, "problem_key" integer NOT NULL, "cases" integer NOT NULL DEFAULT (0), PRIMARY KEY ("day", "unit_id", "problem_key")) WITHOUT ROWID`,
];

const POSTGRES_TABLES = [
  `CREATE TABLE "support_day" ("day" character varying(10) NOT NULL, "unit_id" integer NOT NULL, "tier" character varying(10) NOT NULL, "opened" integer NOT NULL DEFAULT '0', "solved" integer NOT NULL DEFAULT '0', "reached" integer NOT NULL DEFAULT '0', "response_breaches" integer NOT NULL DEFAULT '0', "resolution_breaches" integer NOT NULL DEFAULT '0', "responses" integer NOT NULL DEFAULT '0', "response_minutes" integer NOT NULL DEFAULT '0', "resolution_minutes" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_3e234a87b44a3f45137b1d794a2" PRIMARY KEY ("day", "unit_id", "tier"))`,
  `CREATE TABLE "support_day_minutes" ("day" character varying(10) NOT NULL, "unit_id" integer NOT NULL, "tier" character varying(10) NOT NULL, "measure" character varying(10) NOT NULL, "bucket" integer NOT NULL, "n" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_b038856b2f11199dd34452937f1" PRIMARY KEY ("day", "unit_id", "tier", "measure", "bucket"))`,
  `CREATE TABLE "support_day_problem" ("day" character varying(10) NOT NULL, "unit_id" integer NOT NULL, "problem_key" integer NOT NULL, "cases" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_e2664640fc384bbbadca6cecc03" PRIMARY KEY ("day", "unit_id", "problem_key"))`,
];

export class SupportFigures1766100000000 implements MigrationInterface {
  name = 'SupportFigures1766100000000';

  async up(q: QueryRunner): Promise<void> {
    const instant = onPostgres(q) ? 'TIMESTAMP WITH TIME ZONE' : 'datetime';
    for (const column of ['response_due_at', 'resolution_due_at', 'overdue_at']) {
      await q.query(`ALTER TABLE "support_case" ADD COLUMN "${column}" ${instant}`);
    }
    await q.query(`CREATE INDEX "idx_support_case_state" ON "support_case" ("state") `);
    await q.query(`CREATE INDEX "idx_support_case_overdue" ON "support_case" ("overdue_at") `);
    for (const statement of onPostgres(q) ? POSTGRES_TABLES : SQLITE_TABLES) await q.query(statement);
    await rebuildDue(q.manager);
    await rebuildFigures(q.manager);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['support_day_problem', 'support_day_minutes', 'support_day']) await q.query(`DROP TABLE "${table}"`);
    await q.query(`DROP INDEX "idx_support_case_overdue"`);
    await q.query(`DROP INDEX "idx_support_case_state"`);
    for (const column of ['overdue_at', 'resolution_due_at', 'response_due_at']) await q.query(`ALTER TABLE "support_case" DROP COLUMN "${column}"`);
  }
}
