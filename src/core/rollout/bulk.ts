// Bulk changes: one stage for every active unit in a region or a wave, in one
// transaction (the caller's), logged per unit so the last one can be undone.
// 'confirm' is 'done' limited to the units whose "done when" rule holds.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { BulkPreview, BulkResult } from '../../shared/types-rollout';
import { BulkChange, Stage, StageProgress, Unit, Wave } from '../db/entities';
import { AppError } from '../errors';
import { getSettings } from '../services/settings';
import type { Change } from './actor';
import { logActivity, sameSnapshot, snapshotOf, type ProgressSnapshot } from './activity';
import { NOT_STARTED, writeProgressMany } from './progress';
import { refreshRolloutState } from '../derived/rollout-state';
import { regionScope, waveScope } from './scope';
import { requireStage } from './stages';
import { computeRolloutStatus } from './status';
import { requireWave } from './waves';

export type BulkInput = InputOf<'rollout.bulk'>;

/** The stage after the action, or null when the unit already is as asked (it is then left alone). */
export function applyBulkAction(before: ProgressSnapshot | null, input: BulkInput, today: string): ProgressSnapshot | null {
  const base = before ?? NOT_STARTED;
  let after: ProgressSnapshot;
  switch (input.action) {
    case 'done':
    case 'confirm':
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

/** For 'confirm': the units in scope where the stage's rule holds today, by the same status rules the lists show. */
async function readyUnits(em: EntityManager, stage: Stage, unitIds: number[], today: string): Promise<Set<number>> {
  if (stage.rule === null) throw new AppError('STAGE_HAS_NO_RULE', `Stage ${stage.id} has no rule`, { name: stage.nameNb, nameEn: stage.nameEn });
  const statuses = await computeRolloutStatus(em, { today, settings: await getSettings(em), unitIds });
  return new Set([...statuses.values()].filter((s) => s.readyStageIds.includes(stage.id)).map((s) => s.unitId));
}

interface BulkPlan {
  scoped: number[];
  changes: Array<{ unitId: number; before: ProgressSnapshot | null; after: ProgressSnapshot }>;
}

/** What the bulk change would do, unit by unit; nothing is written. */
async function planBulk(em: EntityManager, input: BulkInput, today: string): Promise<BulkPlan> {
  const stage = await requireStage(em, input.stageId);
  const scoped = await scopeUnits(em, input);
  const ready = input.action === 'confirm' ? await readyUnits(em, stage, scoped, today) : null;
  const unitIds = ready ? scoped.filter((id) => ready.has(id)) : scoped;
  const inScope = new Set(unitIds);
  const rows = (await em.find(StageProgress, { where: { stageId: input.stageId } })).filter((r) => inScope.has(r.unitId));
  const current = new Map(rows.map((r) => [r.unitId, snapshotOf(r)]));
  const changes: BulkPlan['changes'] = [];
  for (const unitId of unitIds) {
    const before = current.get(unitId) ?? null;
    const after = applyBulkAction(before, input, today);
    if (after) changes.push({ unitId, before, after });
  }
  return { scoped, changes };
}

/** The dry run the confirmation shows ("this will change 83 units in Etappe 1"): the same plan the run makes. */
export async function previewBulk(em: EntityManager, input: BulkInput, today: string): Promise<BulkPreview> {
  const { scoped, changes } = await planBulk(em, input, today);
  const scopeName = input.scope === 'wave'
    ? (await em.findOneByOrFail(Wave, { id: input.scopeId })).name
    : (await em.findOneByOrFail(Unit, { id: input.scopeId })).name;
  return { changed: changes.length, unchanged: scoped.length - changes.length, units: scoped.length, scopeName };
}

export async function runBulk(em: EntityManager, change: Change, input: BulkInput): Promise<BulkResult> {
  const { scoped, changes } = await planBulk(em, input, change.today);
  const result = { changed: changes.length, unchanged: scoped.length - changes.length, units: scoped.length };

  const bulk = await em.save(em.create(BulkChange, {
    at: change.at, actor: change.actor, action: input.action, scopeKind: input.scope, scopeId: input.scopeId,
    stageId: input.stageId, summary: JSON.stringify({ ...result, input }), undoneAt: null,
  }));
  await writeProgressMany(em, change, input.stageId, changes);
  await refreshRolloutState(em, changes.map((c) => c.unitId));
  await logActivity(em, changes.map((c) => ({
    at: change.at, actor: change.actor, kind: 'bulk' as const, unitId: c.unitId, stageId: input.stageId,
    waveId: input.scope === 'wave' ? input.scopeId : null, bulkId: bulk.id,
    detail: { before: c.before, after: c.after, action: input.action },
  })));
  return { bulkId: bulk.id, ...result };
}
