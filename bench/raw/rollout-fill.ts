// Bench setup, not timed: writes the generated waves, progress, sessions and
// attendance straight into a database that holds the units and people
// (people ids are their index + 1, as fillOwnership writes them).
import { searchKey } from '../../src/core/text';
import type { RolloutData } from '../rollout-data';
import type { RawDb } from '../support/raw-sqlite';

const ROWS_PER_STATEMENT = 400;

async function insertRows(db: RawDb, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const one = `(${columns.map(() => '?').join(', ')})`;
  const sql = (n: number) => `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: n }, () => one).join(', ')}`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const stmt = await db.prepare(sql(batch.length));
    await stmt.run(batch.flat());
    await stmt.finalize();
  }
}

const CHANGED_AT = '2026-03-01 10:00:00.000';

type Insert = (table: string, columns: string[], rows: unknown[][]) => Promise<void>;

export async function fillRollout(db: RawDb, data: RolloutData): Promise<void> {
  await db.exec('BEGIN');
  await fillRolloutWith(db, (table, columns, rows) => insertRows(db, table, columns, rows), data);
  await db.exec('COMMIT');
}

/** The rows themselves, for either driver (rollout-pg.ts fills PostgreSQL with it). */
export async function fillRolloutWith(db: Pick<RawDb, 'all'>, insert: Insert, data: RolloutData): Promise<void> {
  const units = new Map((await db.all<{ id: number; code: string }>('SELECT id, code FROM unit')).map((u) => [u.code, u.id]));
  const stages = (await db.all<{ id: number }>('SELECT id FROM stage ORDER BY sort_order, id')).map((s) => s.id);
  const types = new Map((await db.all<{ id: number; key: string }>('SELECT id, key FROM training_type')).map((t) => [t.key, t.id]));
  const unitId = (code: string) => {
    const id = units.get(code);
    if (id === undefined) throw new Error(`no unit ${code}`);
    return id;
  };
  await insert('wave', ['id', 'name', 'name_key', 'sort_order', 'planned_start', 'planned_end'],
    data.waves.map((w, i) => [i + 1, w.name, searchKey(w.name), i, w.plannedStart, w.plannedEnd]));
  await insert('wave_stage_date', ['wave_id', 'stage_id', 'planned_date'],
    data.waves.flatMap((w, i) => w.stageDates.map((d, s) => [i + 1, stages[s], d])));
  // Every unit of a region, the region included, in that region's wave.
  const members = data.waves.flatMap((w, i) => [...units].filter(([code]) => code.startsWith(w.regionCode)).map(([, id]) => [id, i + 1, '', CHANGED_AT]));
  await insert('wave_member', ['unit_id', 'wave_id', 'reason', 'changed_at'], members);
  await insert('stage_progress', ['unit_id', 'stage_id', 'state', 'blocked_reason', 'planned_date', 'done_date', 'note', 'changed_by', 'changed_at'],
    data.progress.map((p) => [unitId(p.unitCode), stages[p.stage], p.state, p.blockedReason, p.plannedDate, p.doneDate, '', 'bench', CHANGED_AT]));
  await insert('training_session', ['id', 'type_id', 'date', 'unit_id', 'format', 'trainer'],
    data.sessions.map((s, i) => [i + 1, types.get(s.typeKey), s.date, unitId(s.unitCode), 'in_person', '']));
  await insert('attendance', ['session_id', 'person_id'],
    data.sessions.flatMap((s, i) => s.attendees.map((p) => [i + 1, p + 1])));
}
