import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks the roles an annual meeting elects ("board roles"), which is what
 * «Bytt styre» ends. Of the seeded roles only the chapter leader is elected;
 * the super-user and the local support contact are appointed and stay on when
 * the board changes. Roles users added start unmarked: only they know.
 */
export class BoardRoles1764200000000 implements MigrationInterface {
  name = 'BoardRoles1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "role" ADD COLUMN "board" boolean NOT NULL DEFAULT (0)`);
    await q.query(`UPDATE "role" SET "board" = 1 WHERE "key" IN ('chapter_leader')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "role" DROP COLUMN "board"`);
  }
}
