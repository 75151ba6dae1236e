// The activity log: one row per change to a unit's rollout, with snapshots of
// the progress before and after, so history can be shown and bulk changes undone.
import type { EntityManager } from 'typeorm';
import type { ActivityEntry, StageState } from '../../shared/types-rollout';
import { ActivityLog, type StageProgress } from '../db/entities';

/** What a unit's stage looked like; null in a log entry means "no row" (not started). */
export interface ProgressSnapshot {
  state: StageState;
  plannedDate: string | null;
  doneDate: string | null;
  note: string;
  blockedReason: string;
}

export type ActivityKind = 'progress' | 'wave_member' | 'bulk' | 'undo';

export interface ActivityWrite {
  at: Date;
  actor: string;
  kind: ActivityKind;
  unitId: number | null;
  stageId?: number | null;
  waveId?: number | null;
  bulkId?: number | null;
  detail: Record<string, unknown>;
}

export function snapshotOf(row: StageProgress | null | undefined): ProgressSnapshot | null {
  if (!row) return null;
  return {
    state: row.state as StageState,
    plannedDate: row.plannedDate,
    doneDate: row.doneDate,
    note: row.note,
    blockedReason: row.blockedReason,
  };
}

export function sameSnapshot(a: ProgressSnapshot | null, b: ProgressSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return a.state === b.state && a.plannedDate === b.plannedDate && a.doneDate === b.doneDate
    && a.note === b.note && a.blockedReason === b.blockedReason;
}

// Well under SQLite's limit on bound variables (9 columns a row).
const INSERT_CHUNK = 100;

export async function logActivity(em: EntityManager, entries: readonly ActivityWrite[]): Promise<void> {
  const rows = entries.map((e) => ({
    at: e.at, actor: e.actor, kind: e.kind, unitId: e.unitId, stageId: e.stageId ?? null,
    waveId: e.waveId ?? null, bulkId: e.bulkId ?? null, detail: JSON.stringify(e.detail),
  }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await em.insert(ActivityLog, rows.slice(i, i + INSERT_CHUNK));
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function toActivityEntry(row: ActivityLog): ActivityEntry {
  return {
    id: row.id, at: row.at.toISOString(), actor: row.actor, kind: row.kind, unitId: row.unitId,
    stageId: row.stageId, waveId: row.waveId, bulkId: row.bulkId, detail: parseDetail(row.detail),
  };
}

/** A unit's history, newest first. */
export async function unitHistory(em: EntityManager, unitId: number, limit = 500): Promise<ActivityEntry[]> {
  const rows = await em.find(ActivityLog, { where: { unitId }, order: { id: 'DESC' }, take: limit });
  return rows.map(toActivityEntry);
}
