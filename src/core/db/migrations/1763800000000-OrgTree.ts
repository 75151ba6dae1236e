import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres, postgresDdl } from './dialect';

/** The organization tree: levels, units, and settings. */
export class OrgTree1763800000000 implements MigrationInterface {
  name = 'OrgTree1763800000000';

  async up(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) await postgresDdl(q, this.name, 'up');
    else {
      await q.query(
        `CREATE TABLE "level" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(60) NOT NULL, "rank" integer NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_8ca955843d28dd01385e8a95886" UNIQUE ("name"))`,
      );
      await q.query(`CREATE TABLE "setting" ("key" varchar(80) PRIMARY KEY NOT NULL, "value" text NOT NULL)`);
      await q.query(
        `CREATE TABLE "unit" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(200) NOT NULL, "search_name" varchar(200) NOT NULL, "level_id" integer NOT NULL, "parent_id" integer, "members" integer, "contact_notes" text NOT NULL DEFAULT (''), "archived" boolean NOT NULL DEFAULT (0), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_dfb75cdb2a790fb84327e1d1b15" UNIQUE ("code"), CONSTRAINT "FK_5039a40b67c5f094537ba5bc4ed" FOREIGN KEY ("level_id") REFERENCES "level" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63" FOREIGN KEY ("parent_id") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await q.query(`CREATE INDEX "idx_unit_search_name" ON "unit" ("search_name") `);
      await q.query(`CREATE INDEX "idx_unit_level" ON "unit" ("level_id") `);
      await q.query(`CREATE INDEX "idx_unit_parent" ON "unit" ("parent_id") `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) return postgresDdl(q, this.name, 'down');
    await q.query(`DROP INDEX "idx_unit_parent"`);
    await q.query(`DROP INDEX "idx_unit_level"`);
    await q.query(`DROP INDEX "idx_unit_search_name"`);
    await q.query(`DROP TABLE "unit"`);
    await q.query(`DROP TABLE "setting"`);
    await q.query(`DROP TABLE "level"`);
  }
}
