import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres } from './dialect';

/**
 * «Bruk» (issue 14): the CRM's usage per unit and Oslo month (usage_month), and the
 * targets per level the functional owner sets (usage_target). Both go with their unit or
 * level when it is deleted; nothing else refers to them.
 */
const SQLITE_UP = [
  `CREATE TABLE "usage_month" ("unit_id" integer NOT NULL, "month" varchar(7) NOT NULL, "active_users" integer NOT NULL DEFAULT (0), "sign_ins" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_66de8c3a2cdbe8a8e1c4e546738" FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("unit_id", "month"))`,
  `CREATE INDEX "idx_usage_month_month" ON "usage_month" ("month") `,
  `CREATE TABLE "usage_target" ("level_id" integer PRIMARY KEY NOT NULL, "active_percent" integer, "sign_ins_hundredths" integer, CONSTRAINT "FK_9115d671a45f913cbfc20e83961" FOREIGN KEY ("level_id") REFERENCES "level" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
];

const POSTGRES_UP = [
  `CREATE TABLE "usage_month" ("unit_id" integer NOT NULL, "month" character varying(7) NOT NULL, "active_users" integer NOT NULL DEFAULT '0', "sign_ins" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_ca30fb2df8e61b29dac35b19224" PRIMARY KEY ("unit_id", "month"))`,
  `CREATE INDEX "idx_usage_month_month" ON "usage_month" ("month") `,
  `CREATE TABLE "usage_target" ("level_id" integer NOT NULL, "active_percent" integer, "sign_ins_hundredths" integer, CONSTRAINT "PK_9115d671a45f913cbfc20e83961" PRIMARY KEY ("level_id"))`,
  `ALTER TABLE "usage_month" ADD CONSTRAINT "FK_66de8c3a2cdbe8a8e1c4e546738" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "usage_target" ADD CONSTRAINT "FK_9115d671a45f913cbfc20e83961" FOREIGN KEY ("level_id") REFERENCES "level"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
];

export class Usage1766300000000 implements MigrationInterface {
  name = 'Usage1766300000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of onPostgres(q) ? POSTGRES_UP : SQLITE_UP) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "usage_target"`);
    await q.query(`DROP TABLE "usage_month"`);
  }
}
