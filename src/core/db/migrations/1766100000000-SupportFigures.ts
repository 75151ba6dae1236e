import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildDue } from '../../support/due-store';

/**
 * Support figures kept up to date as case events are written (issue 16): each open
 * case's due times and the instant from which it is overdue, stored and indexed, with
 * an index on the case state. Existing databases get them filled here from each case's
 * events and clocks, by the core's own computation (the one `forankring rebuild-figures`
 * runs). Column additions both drivers take as written.
 */
export class SupportFigures1766100000000 implements MigrationInterface {
  name = 'SupportFigures1766100000000';

  async up(q: QueryRunner): Promise<void> {
    const instant = q.connection.driver.options.type === 'postgres' ? 'TIMESTAMP WITH TIME ZONE' : 'datetime';
    for (const column of ['response_due_at', 'resolution_due_at', 'overdue_at']) {
      await q.query(`ALTER TABLE "support_case" ADD COLUMN "${column}" ${instant}`);
    }
    await q.query(`CREATE INDEX "idx_support_case_state" ON "support_case" ("state") `);
    await q.query(`CREATE INDEX "idx_support_case_overdue" ON "support_case" ("overdue_at") `);
    await rebuildDue(q.manager);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_support_case_overdue"`);
    await q.query(`DROP INDEX "idx_support_case_state"`);
    for (const column of ['overdue_at', 'resolution_due_at', 'response_due_at']) await q.query(`ALTER TABLE "support_case" DROP COLUMN "${column}"`);
  }
}
