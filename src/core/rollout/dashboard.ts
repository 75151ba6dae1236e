// The dashboard roll-up: rollout figures and training coverage for the
// nation and each region, optionally for one wave's units only.
import type { EntityManager } from 'typeorm';
import type { AppSettings } from '../../shared/types';
import type { Dashboard, RolloutFigures } from '../../shared/types-rollout';
import { Wave } from '../db/entities';
import { inScope } from '../call-context';
import { notFound } from '../errors';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { computeTrainingFigures, figuresOr } from '../training/figures';
import { computeRolloutStatus, type UnitStatus } from './status';
import { loadStages } from './status-load';
import { emptyPositionCounts, positionBucket } from './position';
import { unusedUnits } from '../usage/adoption';

export interface DashboardOptions {
  today: string;
  settings: Pick<AppSettings, 'basicTrainingPercent' | 'atRiskDays' | 'atRiskPercent' | 'newcomerDays'>;
}

/** Tallies units into figures; `stageIds` in checklist order fixes the order of the position buckets. */
export function rollUp(statuses: Iterable<UnitStatus>, stageIds: readonly number[]): RolloutFigures {
  const positions = emptyPositionCounts(stageIds);
  const stageIndex = new Map(stageIds.map((id, i) => [id, i]));
  let units = 0;
  let done = 0;
  let late = 0;
  let blocked = 0;
  let atRisk = 0;
  let readyToConfirm = 0;
  for (const s of statuses) {
    units += 1;
    for (const st of s.stages) if (st.state === 'done') done += 1;
    const bucket = positions[positionBucket(s.position, stageIndex)];
    if (bucket) bucket.units += 1;
    if (s.late) late += 1;
    if (s.blocked) blocked += 1;
    if (s.atRisk) atRisk += 1;
    if (s.readyStageIds.length > 0) readyToConfirm += 1;
  }
  const cells = units * stageIds.length;
  return { units, positions, readyToConfirm, shareDone: cells === 0 ? 0 : done / cells, late, blocked, atRisk };
}

async function waveUnitIds(em: EntityManager, waveId: number): Promise<number[]> {
  if (!(await em.existsBy(Wave, { id: waveId }))) throw notFound('wave', waveId);
  const rows: Array<{ unitId: number }> = await em.query('SELECT unit_id AS "unitId" FROM wave_member WHERE wave_id = ?', [waveId]);
  return rows.map((r) => r.unitId);
}

/**
 * National figures and one entry per active region (every region, or with a
 * wave only those with units in it), by region code.
 */
export async function computeDashboard(em: EntityManager, waveId: number | null, options: DashboardOptions): Promise<Dashboard> {
  const { today, settings } = options;
  // A signed-in user's figures are their units' own: "national" is everything in their reach.
  const unitIds = inScope(waveId === null ? undefined : await waveUnitIds(em, waveId));
  const units = await loadFlatUnits(em);
  const regionOf = regionResolver(units);
  const training = await computeTrainingFigures(em, {
    today,
    newcomerDays: settings.newcomerDays,
    regionOf: (unitId) => regionOf(unitId)?.id ?? null,
    ...(unitIds ? { unitIds } : {}),
  });
  // The stage rule 'basic_training' takes its shares from the same facts instead of reading them again.
  const basicShares = new Map([...training.units].map(([unitId, f]) => [unitId, { holders: f.holders, basicValid: f.basicValid, share: f.basicShare }]));
  const statuses = await computeRolloutStatus(em, { today, settings, basicShares, ...(unitIds ? { unitIds } : {}) });
  const stageIds = (await loadStages(em)).map((s) => s.id);

  const byRegion = new Map<number, UnitStatus[]>();
  const inNoRegion: UnitStatus[] = [];
  for (const s of statuses.values()) {
    const region = regionOf(s.unitId);
    if (!region) {
      inNoRegion.push(s);
      continue;
    }
    const list = byRegion.get(region.id);
    if (list) list.push(s);
    else byRegion.set(region.id, [s]);
  }
  // loadFlatUnits is ordered by code.
  const regions = units.filter((u) => u.levelRank === 1 && !u.archived && (unitIds === undefined || byRegion.has(u.id)));
  return {
    today,
    national: { ...rollUp(statuses.values(), stageIds), training: training.national },
    regions: regions.map((r) => ({
      regionId: r.id,
      code: r.code,
      name: r.name,
      ...rollUp(byRegion.get(r.id) ?? [], stageIds),
      training: figuresOr(training.regions.get(r.id)),
    })),
    nationalLevel: { ...rollUp(inNoRegion, stageIds), training: training.nationalLevel },
    unused: await unusedUnits(em, today, unitIds),
  };
}
