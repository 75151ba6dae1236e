// The rollout's stages: an ordered, editable checklist. Six are seeded by
// migration; users may add, rename, reorder and (when unused) delete them.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { StageDto, StageRule } from '../../shared/types-rollout';
import { Stage, Wave, WaveStageDate } from '../db/entities';
import { AppError, notFound } from '../errors';
import { searchKey } from '../text';
import { refreshRolloutState } from '../derived/rollout-state';

export async function listStages(em: EntityManager): Promise<StageDto[]> {
  const stages = await em.find(Stage, { order: { sortOrder: 'ASC', id: 'ASC' } });
  const counts: Array<{ stageId: number; n: number }> = await em.query(
    'SELECT stage_id AS "stageId", COUNT(*) AS n FROM stage_progress GROUP BY stage_id',
  );
  const used = new Map(counts.map((c) => [c.stageId, Number(c.n)]));
  return stages.map((s) => ({
    id: s.id, key: s.key, nameNb: s.nameNb, nameEn: s.nameEn, descriptionNb: s.descriptionNb,
    descriptionEn: s.descriptionEn, sortOrder: s.sortOrder, rule: s.rule as StageRule | null,
    progressCount: used.get(s.id) ?? 0,
  }));
}

async function stageDto(em: EntityManager, id: number): Promise<StageDto> {
  const dto = (await listStages(em)).find((s) => s.id === id);
  if (!dto) throw notFound('stage', id);
  return dto;
}

export async function requireStage(em: EntityManager, id: number): Promise<Stage> {
  const stage = await em.findOneBy(Stage, { id });
  if (!stage) throw notFound('stage', id);
  return stage;
}

/** Two stages may not share a name in either language (case-insensitive), so the checklist stays readable. */
async function assertNamesFree(em: EntityManager, names: string[], exceptId?: number): Promise<void> {
  const others = (await em.find(Stage)).filter((s) => s.id !== exceptId);
  const taken = new Set(others.flatMap((s) => [searchKey(s.nameNb), searchKey(s.nameEn)]));
  const clash = names.find((n) => taken.has(searchKey(n)));
  if (clash !== undefined) throw new AppError('NAME_TAKEN', `Stage name ${clash} is taken`, { name: clash });
}

/** Appends the stage; every existing wave plans it for its end date, to be adjusted by hand. */
export async function createStage(em: EntityManager, input: InputOf<'stages.create'>): Promise<StageDto> {
  await assertNamesFree(em, [input.nameNb, input.nameEn]);
  const [max]: Array<{ last: number | null }> = await em.query('SELECT MAX(sort_order) AS last FROM stage');
  const last = max?.last ?? null;
  const saved = await em.save(em.create(Stage, {
    key: null, nameNb: input.nameNb, nameEn: input.nameEn, descriptionNb: input.descriptionNb,
    descriptionEn: input.descriptionEn, sortOrder: last === null ? 0 : Number(last) + 1, rule: input.rule,
  }));
  const waves = await em.find(Wave);
  if (waves.length) {
    await em.insert(WaveStageDate, waves.map((w) => ({ waveId: w.id, stageId: saved.id, plannedDate: w.plannedEnd })));
  }
  // Every unit's state counts the checklist's stages.
  await refreshRolloutState(em);
  return stageDto(em, saved.id);
}

export async function updateStage(em: EntityManager, input: InputOf<'stages.update'>): Promise<StageDto> {
  const stage = await requireStage(em, input.id);
  const renamed = [input.nameNb, input.nameEn].filter((n): n is string => n !== undefined);
  if (renamed.length) await assertNamesFree(em, renamed, stage.id);
  if (input.nameNb !== undefined) stage.nameNb = input.nameNb;
  if (input.nameEn !== undefined) stage.nameEn = input.nameEn;
  if (input.descriptionNb !== undefined) stage.descriptionNb = input.descriptionNb;
  if (input.descriptionEn !== undefined) stage.descriptionEn = input.descriptionEn;
  if (input.rule !== undefined) stage.rule = input.rule;
  await em.save(stage);
  if (input.rule !== undefined) await refreshRolloutState(em);
  return stageDto(em, stage.id);
}

/** Swaps the stage with its neighbour; at either end of the list nothing moves. */
export async function moveStage(em: EntityManager, id: number, direction: 'up' | 'down'): Promise<StageDto[]> {
  const stages = await em.find(Stage, { order: { sortOrder: 'ASC', id: 'ASC' } });
  const index = stages.findIndex((s) => s.id === id);
  if (index < 0) throw notFound('stage', id);
  const other = stages[direction === 'up' ? index - 1 : index + 1];
  const stage = stages[index];
  if (other && stage) {
    // Renumber from the list's order first: equal sort orders (possible after
    // manual edits) would otherwise make the swap a no-op.
    const order = stages.map((s) => s.id);
    const target = direction === 'up' ? index - 1 : index + 1;
    order[index] = other.id;
    order[target] = stage.id;
    const before = new Map(stages.map((s) => [s.id, s.sortOrder]));
    for (const [position, stageId] of order.entries()) {
      if (before.get(stageId) !== position) await em.update(Stage, { id: stageId }, { sortOrder: position });
    }
    await refreshRolloutState(em);
  }
  return listStages(em);
}

/** A stage with progress recorded is history and may not be deleted; its wave dates go with it. */
export async function deleteStage(em: EntityManager, id: number): Promise<{ id: number }> {
  const stage = await requireStage(em, id);
  const [row]: Array<{ n: number }> = await em.query(
    'SELECT COUNT(DISTINCT unit_id) AS n FROM stage_progress WHERE stage_id = ?', [id],
  );
  const units = Number(row?.n ?? 0);
  if (units > 0) {
    throw new AppError('STAGE_IN_USE', `Stage ${stage.nameEn} has progress for ${units} units`, {
      name: stage.nameNb, nameEn: stage.nameEn, units,
    });
  }
  await em.delete(WaveStageDate, { stageId: id });
  await em.delete(Stage, { id });
  await refreshRolloutState(em);
  return { id };
}
