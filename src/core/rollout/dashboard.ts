// The dashboard roll-up: rollout figures and training coverage for the
// nation and each region, optionally for one wave's units only.
import type { EntityManager } from 'typeorm';
import type { AppSettings } from '../../shared/types';
import type { Dashboard, RolloutFigures } from '../../shared/types-rollout';
import { Wave } from '../db/entities';
import { inScope } from '../call-context';
import { notFound } from '../errors';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { computeTrainingFigures, figuresOr, type BasicShare } from '../training/figures';
import { openRuleStages, rollUpGroups, stateGroups, type StateGroup } from '../derived/rollout-read';
import type { UnitStatus } from './status';
import { loadStages } from './status-load';
import { emptyPositionCounts, positionBucket } from './position';
import { basicTrainingMetBy, superUserFilled } from './status-rules';
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

/** The units a rule may propose today: only read when a stage has the rule (status-rules.ts). */
async function proposals(em: EntityManager, options: DashboardOptions, basicShares: ReadonlyMap<number, BasicShare>, unitIds?: readonly number[]) {
  const rules = new Set((await loadStages(em)).map((s) => s.rule));
  return {
    superUser: rules.has('super_user_filled') ? await superUserFilled(em, options.today, unitIds) : new Set<number>(),
    basic: rules.has('basic_training') ? basicTrainingMetBy(basicShares, options.settings.basicTrainingPercent) : new Set<number>(),
  };
}

/**
 * National figures and one entry per active region (every region, or with a
 * wave only those with units in it), by region code. The rollout figures are
 * roll-ups of the stored unit states (derived/rollout-read.ts); what a rule
 * proposes and the training figures are read as of today.
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
  const stageIds = (await loadStages(em)).map((s) => s.id);
  const filter = { ...(waveId === null ? {} : { waveId }), ...(unitIds ? { unitIds } : {}) };
  const groups = await stateGroups(em, filter, { today, atRiskDays: settings.atRiskDays, atRiskPercent: settings.atRiskPercent, stageCount: stageIds.length });

  // The stage rule 'basic_training' takes its shares from the same facts instead of reading them again.
  const basicShares = new Map([...training.units].map(([unitId, f]) => [unitId, { holders: f.holders, basicValid: f.basicValid, share: f.basicShare }]));
  const proposed = await proposals(em, options, basicShares, unitIds);
  const ready = new Map<number | null, number>();
  let readyNational = 0;
  for (const u of await openRuleStages(em, filter)) {
    if (!((u.superUserOpen && proposed.superUser.has(u.unitId)) || (u.basicTrainingOpen && proposed.basic.has(u.unitId)))) continue;
    readyNational += 1;
    ready.set(u.regionId, (ready.get(u.regionId) ?? 0) + 1);
  }

  const byRegion = new Map<number | null, StateGroup[]>();
  for (const g of groups) {
    const list = byRegion.get(g.regionId);
    if (list) list.push(g);
    else byRegion.set(g.regionId, [g]);
  }
  // loadFlatUnits is ordered by code.
  const regions = units.filter((u) => u.levelRank === 1 && !u.archived && (unitIds === undefined || byRegion.has(u.id)));
  return {
    today,
    national: { ...rollUpGroups(groups, stageIds, readyNational), training: training.national },
    regions: regions.map((r) => ({
      regionId: r.id,
      code: r.code,
      name: r.name,
      ...rollUpGroups(byRegion.get(r.id) ?? [], stageIds, ready.get(r.id) ?? 0),
      training: figuresOr(training.regions.get(r.id)),
    })),
    nationalLevel: { ...rollUpGroups(byRegion.get(null) ?? [], stageIds, ready.get(null) ?? 0), training: training.nationalLevel },
    unused: await unusedUnits(em, today, unitIds),
  };
}
