// training.coverage: the figures for the nation and every region, and per
// unit for one region when asked. One computeTrainingFigures call covers all.
import type { EntityManager } from 'typeorm';
import type { TrainingCoverage } from '../../shared/types-rollout';
import { inScope } from '../call-context';
import { notFound } from '../errors';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { getSettings } from '../services/settings';
import { computeTrainingFigures, figuresOr } from './figures';
import { gatheringReminders } from './gathering';

export async function trainingCoverage(em: EntityManager, today: string, regionId: number | null): Promise<TrainingCoverage> {
  const units = await loadFlatUnits(em);
  const resolve = regionResolver(units);
  const regionOf = (unitId: number) => resolve(unitId)?.id ?? null;
  if (regionId !== null && !units.some((u) => u.id === regionId && u.levelRank === 1 && !u.archived)) {
    throw notFound('region', regionId);
  }
  const { newcomerDays } = await getSettings(em);
  // A signed-in user's figures are over the units in their reach, and list only those.
  const unitIds = inScope();
  const rollup = await computeTrainingFigures(em, { today, newcomerDays, regionOf, ...(unitIds ? { unitIds } : {}) });
  const reach = unitIds ? new Set(unitIds) : null;
  const reachedRegions = unitIds ? new Set(unitIds.map(regionOf)) : null;
  // loadFlatUnits orders by code, so regions and units come out in code order.
  const active = units.filter((u) => !u.archived);
  const regions = active.filter((u) => u.levelRank === 1 && (!reachedRegions || reachedRegions.has(u.id)));
  const reminders = await gatheringReminders(em, { today, regions, regionOf, ...(unitIds ? { unitIds } : {}) });
  return {
    today,
    national: rollup.national,
    nationalLevel: rollup.nationalLevel,
    regions: regions.map((r) => ({
      regionId: r.id, code: r.code, name: r.name, ...figuresOr(rollup.regions.get(r.id)),
    })),
    units: regionId === null ? [] : active.filter((u) => regionOf(u.id) === regionId && (!reach || reach.has(u.id))).map((u) => ({
      unitId: u.id, code: u.code, name: u.name, ...figuresOr(rollup.units.get(u.id)),
    })),
    gatheringReminders: reminders,
  };
}
