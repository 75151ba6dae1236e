// Bench setup on PostgreSQL, not timed: the generated support cases, tier clocks and
// events (as support-fill.ts writes them to SQLite) through multi-row INSERTs. Cases
// are written before the clocks and events that refer to them.
import type { BenchCase } from '../support-cases';
import { insertRowsPg, type RawPg } from '../support/raw-pg';
import { syncSequences } from './coverage-pg';

const BATCH = 4000;

export async function fillSupportCasesPg(db: RawPg, cases: Iterable<BenchCase>): Promise<number> {
  const units = new Map((await db.all<{ id: number; code: string }>('SELECT id, code FROM unit')).map((u) => [u.code, u.id]));
  const problems = (await db.all<{ id: number }>('SELECT id FROM problem ORDER BY sort_order, id')).map((p) => p.id);
  let caseRows: unknown[][] = [];
  let clockRows: unknown[][] = [];
  let eventRows: unknown[][] = [];
  const flush = async () => {
    await insertRowsPg(db, 'support_case', [
      'id', 'unit_id', 'reporter_name', 'problem_id', 'description', 'tier', 'state', 'opened_at', 'resolved_at', 'resolved_tier', 'resolution',
    ], caseRows);
    await insertRowsPg(db, 'case_tier_clock', [
      'case_id', 'tier', 'arrived_at', 'response_minutes', 'held_minutes', 'response_breached', 'resolution_breached',
    ], clockRows);
    await insertRowsPg(db, 'case_event', ['case_id', 'at', 'kind', 'from_tier', 'to_tier', 'note', 'actor'], eventRows);
    caseRows = [];
    clockRows = [];
    eventRows = [];
  };
  const utc = (instant: string | null) => (instant === null ? null : `${instant}Z`);
  let id = 0;
  await db.exec('BEGIN');
  for (const c of cases) {
    id += 1;
    const unitId = units.get(c.unitCode);
    if (unitId === undefined) throw new Error(`no unit ${c.unitCode}`);
    const problemId = c.problem === null ? null : problems[c.problem % problems.length];
    caseRows.push([
      id, unitId, `Melder ${id}`, problemId, '', c.tier, c.state, utc(c.openedAt), utc(c.resolvedAt), c.resolvedTier,
      c.resolvedAt === null ? '' : 'Løst',
    ]);
    eventRows.push([id, utc(c.openedAt), 'opened', null, 'chapter', '', 'bench']);
    for (const [i, k] of c.clocks.entries()) {
      clockRows.push([id, k.tier, utc(k.arrivedAt), k.responseMinutes, k.heldMinutes, k.responseBreached, k.resolutionBreached]);
      if (i > 0) eventRows.push([id, utc(k.arrivedAt), 'escalated', c.clocks[i - 1]?.tier, k.tier, 'Eskalert', 'bench']);
    }
    if (c.resolvedAt !== null) eventRows.push([id, utc(c.resolvedAt), 'resolved', c.tier, c.tier, 'Løst', 'bench']);
    if (caseRows.length >= BATCH) await flush();
  }
  await flush();
  await syncSequences(db, ['support_case', 'case_tier_clock', 'case_event']);
  await db.exec('COMMIT');
  return id;
}
