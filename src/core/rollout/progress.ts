// Where one unit stands on one stage. No row means "not started"; a change
// writes the row and an activity entry with the before and after snapshots.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import { StageProgress } from '../db/entities';
import { refreshRolloutState } from '../derived/rollout-state';
import type { Change } from './actor';
import { logActivity, sameSnapshot, snapshotOf, type ProgressSnapshot } from './activity';
import { requireActiveUnit } from './scope';
import { requireStage } from './stages';

/** Writes a unit's stage as the snapshot says; null deletes the row (back to "not started", no override). */
export async function writeProgress(
  em: EntityManager, change: Change, unitId: number, stageId: number, after: ProgressSnapshot | null,
): Promise<void> {
  if (after === null) {
    await em.delete(StageProgress, { unitId, stageId });
    return;
  }
  await em.upsert(StageProgress, { unitId, stageId, ...after, changedBy: change.actor, changedAt: change.at }, ['unitId', 'stageId']);
}

// Well under SQLite's limit on bound variables (10 columns a row).
const UPSERT_CHUNK = 100;
const UPSERT_COLUMNS = ['state', 'blocked_reason', 'planned_date', 'done_date', 'note', 'changed_by', 'changed_at'];

/** Writes many units' rows for one stage, a chunk per statement (a bulk change over a big wave). */
export async function writeProgressMany(
  em: EntityManager, change: Change, stageId: number, rows: ReadonlyArray<{ unitId: number; after: ProgressSnapshot }>,
): Promise<void> {
  const values = rows.map((r) => ({ unitId: r.unitId, stageId, ...r.after, changedBy: change.actor, changedAt: change.at }));
  for (let i = 0; i < values.length; i += UPSERT_CHUNK) {
    // updateEntity(false): TypeORM cannot map generated ids back when some rows of
    // a multi-row upsert update instead of insert ("entity id is not set").
    await em.createQueryBuilder().insert().into(StageProgress).values(values.slice(i, i + UPSERT_CHUNK))
      .orUpdate(UPSERT_COLUMNS, ['unit_id', 'stage_id']).updateEntity(false).execute();
  }
}

/**
 * The stage after applying the input: a blocked reason only while blocked;
 * a done date only while done (the given one, else the one it had, else
 * today); planned date and note kept unless given (null clears the override).
 */
export function nextSnapshot(before: ProgressSnapshot | null, input: InputOf<'rollout.setStage'>, today: string): ProgressSnapshot {
  const done = input.state === 'done';
  return {
    state: input.state,
    blockedReason: input.state === 'blocked' ? input.blockedReason : '',
    doneDate: done ? (input.doneDate ?? (before?.state === 'done' ? before.doneDate : null) ?? today) : null,
    plannedDate: input.plannedDate === undefined ? (before?.plannedDate ?? null) : input.plannedDate,
    note: input.note ?? before?.note ?? '',
  };
}

/** The snapshot "no row" stands for, to tell a real change from a no-op. */
export const NOT_STARTED: ProgressSnapshot = { state: 'not_started', plannedDate: null, doneDate: null, note: '', blockedReason: '' };

/** Sets one unit's stage. Saving what is already there writes nothing and logs nothing. */
export async function setStage(em: EntityManager, change: Change, input: InputOf<'rollout.setStage'>): Promise<void> {
  await requireActiveUnit(em, input.unitId);
  await requireStage(em, input.stageId);
  const row = await em.findOneBy(StageProgress, { unitId: input.unitId, stageId: input.stageId });
  const before = snapshotOf(row);
  const after = nextSnapshot(before, input, change.today);
  if (sameSnapshot(before ?? NOT_STARTED, after)) return;
  await writeProgress(em, change, input.unitId, input.stageId, after);
  await refreshRolloutState(em, [input.unitId]);
  await logActivity(em, [{
    at: change.at, actor: change.actor, kind: 'progress', unitId: input.unitId, stageId: input.stageId,
    detail: { before, after },
  }]);
}
