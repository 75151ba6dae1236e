import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres } from './dialect';

/** The undo journal for ending a role, replacing a board, and deleting a wave or a training session (src/core/undo). */
const SQLITE_UP = [
  `CREATE TABLE "undo_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "kind" varchar(30) NOT NULL, "unit_id" integer, "payload" text NOT NULL, "undone_at" datetime)`,
];

const POSTGRES_UP = [
  `CREATE TABLE "undo_entry" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" character varying(30) NOT NULL, "unit_id" integer, "payload" text NOT NULL, "undone_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_603595fa2a9f9484967394f694a" PRIMARY KEY ("id"))`,
];

export class UndoEntries1765700000000 implements MigrationInterface {
  name = 'UndoEntries1765700000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of onPostgres(q) ? POSTGRES_UP : SQLITE_UP) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "undo_entry"`);
  }
}
