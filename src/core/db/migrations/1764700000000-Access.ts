import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres } from './dialect';

/**
 * Access follows the role a person holds: each role in the catalog gets an access level
 * and an export permission, seeded for the method's roles (src/shared/access.ts says
 * what each level allows). Roles users added start at read, without export: only the
 * office knows what they are. Staff who hold no role get explicit grants.
 */
const SEEDS: ReadonlyArray<{ key: string; level: string; canExport: boolean }> = [
  { key: 'system_owner', level: 'administer', canExport: true },
  { key: 'technical_owner', level: 'administer', canExport: true },
  { key: 'functional_owner', level: 'edit_subtree', canExport: true },
  { key: 'sponsor', level: 'edit_subtree', canExport: true },
  { key: 'super_user', level: 'edit_subtree', canExport: true },
  { key: 'chapter_leader', level: 'edit_unit', canExport: true },
  { key: 'local_support', level: 'support', canExport: false },
  { key: 'functional_group', level: 'read', canExport: false },
];

const SQLITE_UP = [
  `ALTER TABLE "role" ADD COLUMN "access_level" varchar(20) NOT NULL DEFAULT ('read')`,
  `ALTER TABLE "role" ADD COLUMN "can_export" boolean NOT NULL DEFAULT (0)`,
  `CREATE TABLE "access_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "person_id" integer NOT NULL, "unit_id" integer NOT NULL, "level" varchar(20) NOT NULL, "can_export" boolean NOT NULL DEFAULT (0), "start_date" varchar(10) NOT NULL, "end_date" varchar(10), "note" varchar(200) NOT NULL DEFAULT (''), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_539e11324ee24ad650b85f8cfce" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e3d85b9b850739797273f1db609" FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_access_grant_person" ON "access_grant" ("person_id") `,
  `CREATE INDEX "idx_access_grant_unit" ON "access_grant" ("unit_id") `,
];

// Small enough to keep beside the SQLite text rather than in postgres-ddl.ts.
const POSTGRES_UP = [
  `ALTER TABLE "role" ADD "access_level" character varying(20) NOT NULL DEFAULT 'read'`,
  `ALTER TABLE "role" ADD "can_export" boolean NOT NULL DEFAULT false`,
  `CREATE TABLE "access_grant" ("id" SERIAL NOT NULL, "person_id" integer NOT NULL, "unit_id" integer NOT NULL, "level" character varying(20) NOT NULL, "can_export" boolean NOT NULL DEFAULT false, "start_date" character varying(10) NOT NULL, "end_date" character varying(10), "note" character varying(200) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c12ba789e7748324e87e103a41" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_access_grant_person" ON "access_grant" ("person_id") `,
  `CREATE INDEX "idx_access_grant_unit" ON "access_grant" ("unit_id") `,
  `ALTER TABLE "access_grant" ADD CONSTRAINT "FK_539e11324ee24ad650b85f8cfce" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "access_grant" ADD CONSTRAINT "FK_e3d85b9b850739797273f1db609" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
];

export class Access1764700000000 implements MigrationInterface {
  name = 'Access1764700000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of onPostgres(q) ? POSTGRES_UP : SQLITE_UP) await q.query(statement);
    for (const { key, level, canExport } of SEEDS) {
      await q.query(`UPDATE "role" SET "access_level" = ?, "can_export" = ? WHERE "key" = ?`, [level, canExport, key]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "access_grant"`);
    await q.query(`ALTER TABLE "role" DROP COLUMN "can_export"`);
    await q.query(`ALTER TABLE "role" DROP COLUMN "access_level"`);
  }
}
