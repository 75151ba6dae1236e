// Bulk changes: one stage for every active unit in a region or a wave, in one
// transaction (the caller's), logged per unit so the last one can be undone.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { BulkResult } from '../../shared/types-rollout';
import { BulkChange, StageProgress } from '../db/entities';
import type { Change } from './actor';
import { logActivity, sameSnapshot, snapshotOf, type ProgressSnapshot } from './activity';
import { NOT_STARTED, writeProgressMany } from './progress';
import { regionScope, waveScope } from './scope';
import { requireStage } from './stages';
import { requireWave } from './waves';

export type BulkInput = InputOf<'rollout.bulk'>;

/** The stage after the action, or null when the unit already is as asked (it is then left alone). */
export function applyBulkAction(before: ProgressSnapshot | null, input: BulkInput, today: string): ProgressSnapshot | null {
  const base = before ?? NOT_STARTED;
  let after: ProgressSnapshot;
  switch (input.action) {
    case 'done':
      if (base.state === 'done') return null;
      after = { ...base, state: 'done', doneDate: input.doneDate ?? today, blockedReason: '' };
      break;
    case 'dates':
      after = { ...base, plannedDate: input.plannedDate };
      break;
    case 'block':
      after = { ...base, state: 'blocked', blockedReason: input.reason, doneDate: null };
      break;
  }
  return sameSnapshot(base, after) ? null : after;
}

async function scopeUnits(em: EntityManager, input: BulkInput): Promise<number[]> {
  if (input.scope === 'region') return (await regionScope(em, input.scopeId)).unitIds;
  await requireWave(em, input.scopeId);
  return waveScope(em, input.scopeId);
}

export async function runBulk(em: EntityManager, change: Change, input: BulkInput): Promise<BulkResult> {
  await requireStage(em, input.stageId);
  const unitIds = await scopeUnits(em, input);
  const inScope = new Set(unitIds);
  const rows = (await em.find(StageProgress, { where: { stageId: input.stageId } })).filter((r) => inScope.has(r.unitId));
  const current = new Map(rows.map((r) => [r.unitId, snapshotOf(r)]));

  const changes: Array<{ unitId: number; before: ProgressSnapshot | null; after: ProgressSnapshot }> = [];
  for (const unitId of unitIds) {
    const before = current.get(unitId) ?? null;
    const after = applyBulkAction(before, input, change.today);
    if (after) changes.push({ unitId, before, after });
  }
  const result = { changed: changes.length, unchanged: unitIds.length - changes.length, units: unitIds.length };

  const bulk = await em.save(em.create(BulkChange, {
    at: change.at, actor: change.actor, action: input.action, scopeKind: input.scope, scopeId: input.scopeId,
    stageId: input.stageId, summary: JSON.stringify({ ...result, input }), undoneAt: null,
  }));
  await writeProgressMany(em, change, input.stageId, changes);
  await logActivity(em, changes.map((c) => ({
    at: change.at, actor: change.actor, kind: 'bulk' as const, unitId: c.unitId, stageId: input.stageId,
    waveId: input.scope === 'wave' ? input.scopeId : null, bulkId: bulk.id,
    detail: { before: c.before, after: c.after, action: input.action },
  })));
  return { bulkId: bulk.id, ...result };
}
