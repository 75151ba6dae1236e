// The undo journal: a change that takes something away (ending a role, replacing a board,
// deleting a wave or a training session) writes, in its own transaction, what it removed and
// what it changed. «Angre» puts that back whole, or refuses whole when something has moved on
// since (the same row changed again, an id taken): nothing is half undone.
import type { EntityManager } from 'typeorm';
import type { UndoKind } from '../../shared/types-undo';
import { UndoEntry } from '../db/entities';
import { AppError } from '../errors';

/** The tables an undo may write: a fixed list, never taken from input. */
export const UNDO_TABLES = ['assignment', 'wave', 'wave_member', 'wave_stage_date', 'training_session', 'attendance'] as const;
export type UndoTable = (typeof UNDO_TABLES)[number];
/** Each table's key: a unit is in one wave at most, so wave_member is keyed by its unit. */
const KEY: Record<UndoTable, string> = {
  assignment: 'id', wave: 'id', wave_member: 'unit_id', wave_stage_date: 'id', training_session: 'id', attendance: 'id',
};

type Row = Record<string, unknown>;

export interface UndoPayload {
  /** Rows the change deleted, put back as they were, in this order (parents first). */
  restore: Array<{ table: UndoTable; rows: Row[] }>;
  /** Values the change set: `now` is what it wrote, `was` what is set back. */
  revert: Array<{ table: UndoTable; id: number; column: string; was: unknown; now: unknown }>;
  /** Rows the change added, taken away again. */
  remove: Array<{ table: UndoTable; ids: number[] }>;
}

const KEEP_DAYS = 7;
const COLUMN = /^[a-z_][a-z0-9_]*$/;

/** Every column of the rows, as stored; instants as ISO text, so they go back in on both drivers. */
export async function snapshot(em: EntityManager, table: UndoTable, where: string, params: unknown[]): Promise<Row[]> {
  const rows: Row[] = await em.query(`SELECT * FROM "${table}" WHERE ${where} ORDER BY "${KEY[table]}"`, params);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));
}

/** Records an undoable change and returns its id; week-old entries go as new ones come. */
export async function recordUndo(em: EntityManager, kind: UndoKind, unitId: number | null, payload: UndoPayload): Promise<number> {
  const now = new Date();
  await em.createQueryBuilder().delete().from(UndoEntry).where('at < :cutoff', { cutoff: new Date(now.getTime() - KEEP_DAYS * 86_400_000) }).execute();
  const saved = await em.save(UndoEntry, { at: now, kind, unitId, payload: JSON.stringify(payload), undoneAt: null });
  return saved.id;
}

/** Erasing a person must leave no copy of their rows behind, so every entry goes. */
export async function forgetUndo(em: EntityManager): Promise<void> {
  await em.createQueryBuilder().delete().from(UndoEntry).execute();
}

function moved(kind: UndoKind, details: Record<string, unknown> = {}): AppError {
  return new AppError('UNDO_STALE', `The ${kind} change cannot be undone: something changed since`, { kind, ...details });
}

function columns(row: Row): string[] {
  const names = Object.keys(row);
  if (!names.every((n) => COLUMN.test(n))) throw new Error('unexpected column name in an undo entry');
  return names;
}

/** Puts one entry's change back. The caller's transaction holds it together. */
export async function runUndo(em: EntityManager, id: number, kinds: readonly UndoKind[]): Promise<UndoKind> {
  const entry = await em.findOneBy(UndoEntry, { id });
  const kind = entry?.kind as UndoKind | undefined;
  if (!entry || kind === undefined || !kinds.includes(kind)) throw new AppError('NOT_FOUND', `No undo entry ${id}`, { entity: 'undo', id });
  if (entry.undoneAt !== null) throw new AppError('UNDO_DONE', `Undo entry ${id} is already undone`, { kind });
  const payload = JSON.parse(entry.payload) as UndoPayload;

  for (const { table, id: rowId, column, was, now } of payload.revert) {
    if (!COLUMN.test(column)) throw new Error('unexpected column name in an undo entry');
    const [row]: Row[] = await em.query(`SELECT "${column}" AS value FROM "${table}" WHERE id = ?`, [rowId]);
    if (!row || row.value !== now) throw moved(kind);
    await em.query(`UPDATE "${table}" SET "${column}" = ? WHERE id = ?`, [was, rowId]);
  }
  for (const { table, ids } of payload.remove) {
    if (ids.length === 0) continue;
    const [row]: Array<{ n: number | string }> = await em.query(`SELECT COUNT(*) AS n FROM "${table}" WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
    if (Number(row?.n ?? 0) !== ids.length) throw moved(kind);
    await em.query(`DELETE FROM "${table}" WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
  }
  for (const { table, rows } of payload.restore) {
    for (const row of rows) {
      const names = columns(row);
      const [taken]: Row[] = await em.query(`SELECT 1 AS one FROM "${table}" WHERE "${KEY[table]}" = ?`, [row[KEY[table]]]);
      if (taken) throw moved(kind);
      // A unique name or a unit taken by another wave since: refused as a whole, in words.
      await em.query(
        `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        names.map((n) => row[n]),
      ).catch(() => {
        throw moved(kind);
      });
    }
  }
  entry.undoneAt = new Date();
  await em.save(entry);
  return kind;
}
