import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres } from './dialect';

/**
 * Marks the roles an annual meeting elects ("board roles"), which is what
 * «Bytt styre» ends. Of the seeded roles only the chapter leader is elected;
 * the super-user and the local support contact are appointed and stay on when
 * the board changes. Roles users added start unmarked: only they know.
 */
export class BoardRoles1764200000000 implements MigrationInterface {
  name = 'BoardRoles1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // SQLite's text stays as released; PostgreSQL will not take 0 for a boolean.
    await q.query(`ALTER TABLE "role" ADD COLUMN "board" boolean NOT NULL DEFAULT ${onPostgres(q) ? 'false' : '(0)'}`);
    await q.query(`UPDATE "role" SET "board" = TRUE WHERE "key" IN ('chapter_leader')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "role" DROP COLUMN "board"`);
  }
}
