import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshRolloutState } from '../../derived/rollout-state';
import { onPostgres } from './dialect';

/**
 * Each unit's rollout state kept up to date as its inputs change (issue 16), so the
 * Overview and the Timeline roll up stored rows. Existing databases get the rows
 * worked out here by the core's own computation (the one `forankring rebuild-figures` runs).
 */
const SQLITE_TABLE = `CREATE TABLE "unit_rollout_state" ("unit_id" integer PRIMARY KEY NOT NULL, "region_id" integer, "wave_id" integer, "wave_end" varchar(10), "done_stages" integer NOT NULL DEFAULT (0), "position_kind" varchar(16) NOT NULL, "done_through_stage_id" integer, "blocked" boolean NOT NULL DEFAULT (0), "late_after" varchar(10), "first_done_date" varchar(10), "live_done" boolean NOT NULL DEFAULT (0), "live_done_date" varchar(10), "super_user_open" boolean NOT NULL DEFAULT (0), "basic_training_open" boolean NOT NULL DEFAULT (0))`;
const POSTGRES_TABLE = `CREATE TABLE "unit_rollout_state" ("unit_id" integer NOT NULL, "region_id" integer, "wave_id" integer, "wave_end" character varying(10), "done_stages" integer NOT NULL DEFAULT '0', "position_kind" character varying(16) NOT NULL, "done_through_stage_id" integer, "blocked" boolean NOT NULL DEFAULT false, "late_after" character varying(10), "first_done_date" character varying(10), "live_done" boolean NOT NULL DEFAULT false, "live_done_date" character varying(10), "super_user_open" boolean NOT NULL DEFAULT false, "basic_training_open" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_1c92a294e57d7ed846193b2fe4c" PRIMARY KEY ("unit_id"))`;

export class UnitState1766500000000 implements MigrationInterface {
  name = 'UnitState1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(onPostgres(q) ? POSTGRES_TABLE : SQLITE_TABLE);
    await q.query(`CREATE INDEX "idx_unit_rollout_state_region" ON "unit_rollout_state" ("region_id") `);
    await q.query(`CREATE INDEX "idx_unit_rollout_state_wave" ON "unit_rollout_state" ("wave_id") `);
    await refreshRolloutState(q.manager);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_unit_rollout_state_wave"`);
    await q.query(`DROP INDEX "idx_unit_rollout_state_region"`);
    await q.query(`DROP TABLE "unit_rollout_state"`);
  }
}
