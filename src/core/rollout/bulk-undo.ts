// "Undo last bulk change": the newest bulk change that changed something and
// is not undone yet. Each unit goes back to its snapshot from before the bulk,
// even if someone changed it since (the user asked for the undo; the log
// entry says `changedSince` so history shows it).
import type { EntityManager } from 'typeorm';
import type { LastBulk, StageState } from '../../shared/types-rollout';
import { ActivityLog, BulkChange, Stage, StageProgress, Unit, Wave } from '../db/entities';
import { dialectOf, jsonNumber } from '../db/sql';
import { AppError } from '../errors';
import type { Change } from './actor';
import { logActivity, sameSnapshot, snapshotOf, type ActivityWrite, type ProgressSnapshot } from './activity';
import { writeProgress } from './progress';
import { refreshRolloutState } from '../derived/rollout-state';

const STATES: readonly string[] = ['not_started', 'in_progress', 'done', 'blocked'];

/** A snapshot from a log entry's JSON; null for "no row" (or anything unreadable). */
export function parseSnapshot(value: unknown): ProgressSnapshot | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown): string => (typeof x === 'string' ? x : '');
  const date = (x: unknown): string | null => (typeof x === 'string' ? x : null);
  if (typeof v.state !== 'string' || !STATES.includes(v.state)) return null;
  return {
    state: v.state as StageState, plannedDate: date(v.plannedDate), doneDate: date(v.doneDate),
    note: text(v.note), blockedReason: text(v.blockedReason),
  };
}

function parseDetail(text: string): { before: ProgressSnapshot | null; after: ProgressSnapshot | null } {
  try {
    const detail = JSON.parse(text) as { before?: unknown; after?: unknown };
    return { before: parseSnapshot(detail.before), after: parseSnapshot(detail.after) };
  } catch {
    return { before: null, after: null };
  }
}

async function lastUndoable(em: EntityManager): Promise<BulkChange | null> {
  const rows: Array<{ id: number }> = await em.query(
    `SELECT id FROM bulk_change
     WHERE undone_at IS NULL AND COALESCE(${jsonNumber(dialectOf(em), 'summary', 'changed')}, 0) > 0
     ORDER BY id DESC LIMIT 1`,
  );
  const id = rows[0]?.id;
  return id === undefined ? null : em.findOneBy(BulkChange, { id });
}

export async function describeLastBulk(em: EntityManager): Promise<LastBulk | null> {
  const bulk = await lastUndoable(em);
  if (!bulk) return null;
  const scope = bulk.scopeKind === 'wave'
    ? (await em.findOneBy(Wave, { id: bulk.scopeId }))?.name
    : (await em.findOneBy(Unit, { id: bulk.scopeId }))?.name;
  const changed = await em.countBy(ActivityLog, { bulkId: bulk.id, kind: 'bulk' });
  return {
    bulkId: bulk.id, at: bulk.at.toISOString(), actor: bulk.actor, action: bulk.action as LastBulk['action'],
    scopeKind: bulk.scopeKind as LastBulk['scopeKind'], scopeName: scope ?? `#${bulk.scopeId}`, stageId: bulk.stageId, changed,
  };
}

export async function undoLastBulk(em: EntityManager, change: Change): Promise<{ bulkId: number; restored: number }> {
  const bulk = await lastUndoable(em);
  if (!bulk) throw new AppError('NOTHING_TO_UNDO', 'There is no bulk change to undo');
  const entries = await em.find(ActivityLog, { where: { bulkId: bulk.id, kind: 'bulk' }, order: { id: 'ASC' } });
  // A stage or unit deleted since has no progress left to restore.
  const stageExists = await em.existsBy(Stage, { id: bulk.stageId });
  const units = new Set((await em.find(Unit, { select: { id: true } })).map((u) => u.id));
  const current = new Map((await em.find(StageProgress, { where: { stageId: bulk.stageId } })).map((r) => [r.unitId, snapshotOf(r)]));
  const logs: ActivityWrite[] = [];
  for (const entry of entries) {
    if (entry.unitId === null || !stageExists || !units.has(entry.unitId)) continue;
    const { before, after } = parseDetail(entry.detail);
    const now = current.get(entry.unitId) ?? null;
    await writeProgress(em, change, entry.unitId, bulk.stageId, before);
    logs.push({
      at: change.at, actor: change.actor, kind: 'undo', unitId: entry.unitId, stageId: bulk.stageId,
      waveId: entry.waveId, bulkId: bulk.id,
      detail: { before: now, after: before, undoOf: bulk.id, changedSince: !sameSnapshot(now, after) },
    });
  }
  await refreshRolloutState(em, logs.map((l) => l.unitId).filter((id): id is number => id !== null));
  await logActivity(em, logs);
  await em.update(BulkChange, { id: bulk.id }, { undoneAt: change.at });
  return { bulkId: bulk.id, restored: logs.length };
}
