import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case corrections and resolutions as first responses. case_event gets a
 * `detail` column (JSON: the before/after of a correction), and a tier that
 * resolved a case without a separate first response gets its resolution as
 * that response: its response minutes become its held minutes at resolution.
 * (Its response breach flag is already right: an unanswered clock breaches
 * its response target by holding the case past it.)
 */
export class CaseCorrections1764300000000 implements MigrationInterface {
  name = 'CaseCorrections1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_event" ADD COLUMN "detail" text NOT NULL DEFAULT ('{}')`);
    await q.query(
      `UPDATE "case_tier_clock" SET "response_minutes" = "held_minutes"
       WHERE "response_minutes" IS NULL
         AND EXISTS (SELECT 1 FROM "support_case" c WHERE c."id" = "case_tier_clock"."case_id"
                     AND c."state" = 'resolved' AND c."resolved_tier" = "case_tier_clock"."tier")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // The backfilled response minutes stay: they are what the clock model says now.
    await q.query(`ALTER TABLE "case_event" DROP COLUMN "detail"`);
  }
}
