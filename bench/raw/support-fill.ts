// Bench setup, not timed: writes the generated support cases, their tier
// clocks and their main events (opened, escalated, resolved) straight into a
// database that holds the synthetic units and the seeded problem catalog.
import type { BenchCase } from '../support-cases';
import type { RawDb } from '../support/raw-sqlite';

const ROWS_PER_STATEMENT = 400;

/** Collects rows and writes them 400 to a statement, with the statement prepared once per table. */
function batcher(db: RawDb, table: string, columns: string[]) {
  const one = `(${columns.map(() => '?').join(', ')})`;
  const sql = (n: number) => `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: n }, () => one).join(', ')}`;
  let full: Awaited<ReturnType<RawDb['prepare']>> | null = null;
  let rows: unknown[][] = [];
  const write = async (batch: unknown[][]) => {
    if (batch.length === ROWS_PER_STATEMENT) {
      full ??= await db.prepare(sql(ROWS_PER_STATEMENT));
      await full.run(batch.flat());
    } else if (batch.length > 0) {
      const stmt = await db.prepare(sql(batch.length));
      await stmt.run(batch.flat());
      await stmt.finalize();
    }
  };
  return {
    add: async (row: unknown[]) => {
      rows.push(row);
      if (rows.length === ROWS_PER_STATEMENT) {
        const batch = rows;
        rows = [];
        await write(batch);
      }
    },
    flush: async () => {
      await write(rows);
      rows = [];
      await full?.finalize();
    },
  };
}

/** Returns how many cases it wrote. Case ids are their index + 1. */
export async function fillSupportCases(db: RawDb, cases: Iterable<BenchCase>): Promise<number> {
  const units = new Map((await db.all<{ id: number; code: string }>('SELECT id, code FROM unit')).map((u) => [u.code, u.id]));
  const problems = (await db.all<{ id: number }>('SELECT id FROM problem ORDER BY sort_order, id')).map((p) => p.id);
  const caseRows = batcher(db, 'support_case', [
    'id', 'unit_id', 'reporter_name', 'problem_id', 'description', 'tier', 'state', 'opened_at', 'resolved_at', 'resolved_tier', 'resolution',
  ]);
  const clockRows = batcher(db, 'case_tier_clock', [
    'case_id', 'tier', 'arrived_at', 'response_minutes', 'held_minutes', 'response_breached', 'resolution_breached',
  ]);
  const eventRows = batcher(db, 'case_event', ['case_id', 'at', 'kind', 'from_tier', 'to_tier', 'note', 'actor']);
  let id = 0;
  await db.exec('BEGIN');
  // Clocks and events fill their batches faster than cases do: check the references at COMMIT.
  await db.exec('PRAGMA defer_foreign_keys = ON');
  for (const c of cases) {
    id += 1;
    const unitId = units.get(c.unitCode);
    if (unitId === undefined) throw new Error(`no unit ${c.unitCode}`);
    const problemId = c.problem === null ? null : problems[c.problem % problems.length];
    await caseRows.add([
      id, unitId, `Melder ${id}`, problemId, '', c.tier, c.state, c.openedAt, c.resolvedAt, c.resolvedTier,
      c.resolvedAt === null ? '' : 'Løst',
    ]);
    await eventRows.add([id, c.openedAt, 'opened', null, 'chapter', '', 'bench']);
    for (const [i, k] of c.clocks.entries()) {
      await clockRows.add([id, k.tier, k.arrivedAt, k.responseMinutes, k.heldMinutes, Number(k.responseBreached), Number(k.resolutionBreached)]);
      if (i > 0) await eventRows.add([id, k.arrivedAt, 'escalated', c.clocks[i - 1]?.tier, k.tier, 'Eskalert', 'bench']);
    }
    if (c.resolvedAt !== null) await eventRows.add([id, c.resolvedAt, 'resolved', c.tier, c.tier, 'Løst', 'bench']);
  }
  await caseRows.flush();
  await clockRows.flush();
  await eventRows.flush();
  await db.exec('COMMIT');
  return id;
}
