// The four changes «Angre» can take back, each recorded in the same transaction as the change
// itself (journal.ts), and the undo methods' handlers.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { AssignmentRow } from '../../shared/types-ownership';
import type { Undoable, UndoKind, UndoResult } from '../../shared/types-undo';
import { endAssignment } from '../ownership/assignments';
import { boardEnding, replaceBoard } from '../ownership/replace-board';
import { deleteWave } from '../rollout/waves';
import { deleteSession } from '../training/sessions';
import { recordUndo, runUndo, snapshot, type UndoPayload } from './journal';
import { refreshRolloutState } from '../derived/rollout-state';
import { refreshTrainingState } from '../derived/training-state';
import { UndoEntry } from '../db/entities';

async function maxId(em: EntityManager, table: 'assignment'): Promise<number> {
  const [row]: Array<{ last: number | string | null }> = await em.query(`SELECT MAX(id) AS last FROM "${table}"`);
  return Number(row?.last ?? 0);
}

export async function endAssignmentUndoably(em: EntityManager, today: string, input: InputOf<'assignments.end'>): Promise<AssignmentRow & Undoable> {
  const [before] = await snapshot(em, 'assignment', 'id = ?', [input.id]);
  const row = await endAssignment(em, today, input);
  const undoId = await recordUndo(em, 'assignment.end', row.unitId, {
    restore: [], remove: [], revert: [{ table: 'assignment', id: row.id, column: 'end_date', was: before?.end_date ?? null, now: input.endDate }],
  });
  return { ...row, undoId };
}

export async function replaceBoardUndoably(em: EntityManager, today: string, input: InputOf<'assignments.replaceBoard'>): Promise<{ ended: number; added: number } & Undoable> {
  const sitting = await boardEnding(em, today, input.unitId, input.date);
  const last = await maxId(em, 'assignment');
  const result = await replaceBoard(em, today, input);
  const added: Array<{ id: number }> = await em.query(`SELECT id FROM assignment WHERE id > ? AND unit_id = ? ORDER BY id`, [last, input.unitId]);
  const undoId = await recordUndo(em, 'board.replace', input.unitId, {
    restore: [],
    revert: sitting.map((a) => ({ table: 'assignment' as const, id: a.id, column: 'end_date', was: a.endDate, now: input.date })),
    remove: [{ table: 'assignment', ids: added.map((a) => Number(a.id)) }],
  });
  return { ...result, undoId };
}

export async function deleteWaveUndoably(em: EntityManager, id: number, freeUnits: boolean): Promise<{ id: number; freed: number } & Undoable> {
  const wave = await snapshot(em, 'wave', 'id = ?', [id]);
  const dates = await snapshot(em, 'wave_stage_date', 'wave_id = ?', [id]);
  const members = await snapshot(em, 'wave_member', 'wave_id = ?', [id]);
  const result = await deleteWave(em, id, freeUnits);
  const undoId = await recordUndo(em, 'wave.delete', null, {
    restore: [{ table: 'wave', rows: wave }, { table: 'wave_stage_date', rows: dates }, { table: 'wave_member', rows: members }],
    revert: [], remove: [],
  });
  return { ...result, undoId };
}

export async function deleteSessionUndoably(em: EntityManager, id: number): Promise<{ id: number } & Undoable> {
  const session = await snapshot(em, 'training_session', 'id = ?', [id]);
  const attendance = await snapshot(em, 'attendance', 'session_id = ?', [id]);
  const result = await deleteSession(em, id);
  const unitId = session[0]?.unit_id;
  const undoId = await recordUndo(em, 'session.delete', typeof unitId === 'number' ? unitId : null, {
    restore: [{ table: 'training_session', rows: session }, { table: 'attendance', rows: attendance }],
    revert: [], remove: [],
  });
  return { ...result, undoId };
}

export async function undo(em: EntityManager, id: number, kinds: readonly UndoKind[]): Promise<UndoResult> {
  const kind = await runUndo(em, id, kinds);
  // A restored wave brings its members and stage dates back.
  if (kind === 'wave.delete') await refreshRolloutState(em);
  // A restored session brings its attendance back.
  if (kind === 'session.delete') await refreshTrainingState(em, await restoredAttendees(em, id));
  return { kind };
}

async function restoredAttendees(em: EntityManager, undoId: number): Promise<number[]> {
  const entry = await em.findOneBy(UndoEntry, { id: undoId });
  const payload = JSON.parse(entry?.payload ?? '{"restore":[]}') as Pick<UndoPayload, 'restore'>;
  return payload.restore.filter((r) => r.table === 'attendance').flatMap((r) => r.rows.map((row) => Number(row.person_id)));
}
