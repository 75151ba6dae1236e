// Today's way of computing the Overview and the Timeline before issue 16 stored each
// unit's rollout state: every unit's stages worked out at read time (status.ts), then
// tallied in JS. Kept as the reference the derived state is compared with, in the
// property tests (tests/core/derived) and the bench (derived.bench.test.ts).
import type { EntityManager } from 'typeorm';
import type { Dashboard, TimelineWave } from '../../src/shared/types-rollout';
import type { InputOf } from '../../src/shared/contract';
import { StageProgress, Wave } from '../../src/core/db/entities';
import type { Change } from '../../src/core/rollout/actor';
import { logActivity, sameSnapshot, snapshotOf } from '../../src/core/rollout/activity';
import { NOT_STARTED, nextSnapshot, writeProgress } from '../../src/core/rollout/progress';
import { requireActiveUnit } from '../../src/core/rollout/scope';
import { requireStage } from '../../src/core/rollout/stages';
import { inScope } from '../../src/core/call-context';
import { notFound } from '../../src/core/errors';
import { loadFlatUnits, regionResolver } from '../../src/core/ownership/coverage';
import { figuresOr } from '../../src/core/training/figures';
import { computeTrainingFiguresReference } from './training-reference';
import { rollUp, type DashboardOptions } from '../../src/core/rollout/dashboard';
import { unusedUnits } from '../../src/core/usage/adoption';
import { computeRolloutStatus, type UnitStatus } from '../../src/core/rollout/status';
import { loadStages } from '../../src/core/rollout/status-load';

async function waveUnitIds(em: EntityManager, waveId: number): Promise<number[]> {
  if (!(await em.existsBy(Wave, { id: waveId }))) throw notFound('wave', waveId);
  const rows: Array<{ unitId: number }> = await em.query('SELECT unit_id AS "unitId" FROM wave_member WHERE wave_id = ?', [waveId]);
  return rows.map((r) => r.unitId);
}

/**
 * National figures and one entry per active region (every region, or with a
 * wave only those with units in it), by region code.
 */
export async function computeDashboardReference(em: EntityManager, waveId: number | null, options: DashboardOptions): Promise<Dashboard> {
  const { today, settings } = options;
  // A signed-in user's figures are their units' own: "national" is everything in their reach.
  const unitIds = inScope(waveId === null ? undefined : await waveUnitIds(em, waveId));
  const units = await loadFlatUnits(em);
  const regionOf = regionResolver(units);
  const training = await computeTrainingFiguresReference(em, {
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
    // Measured use is its own rule (src/core/usage), the same on both sides.
    unused: await unusedUnits(em, today, unitIds),
  };
}

interface WaveRow {
  id: number;
  name: string;
  plannedStart: string;
  plannedEnd: string;
}

const min = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a <= b ? a : b);
const max = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a >= b ? a : b);

/**
 * Waves in their order. actualStart: the earliest done date among the wave's
 * units; actualEnd: the latest done date of the 'live' stage once every unit
 * is live (the last stage if 'live' was deleted), null until then or for an
 * empty wave.
 */
export async function computeTimelineReference(em: EntityManager, options: DashboardOptions): Promise<TimelineWave[]> {
  const waves: WaveRow[] = await em.query(
    'SELECT id, name, planned_start AS "plannedStart", planned_end AS "plannedEnd" FROM wave ORDER BY sort_order, id',
  );
  const stages = await loadStages(em);
  const liveId = (stages.find((s) => s.key === 'live') ?? stages[stages.length - 1])?.id;
  // Every wave is listed (the plan is the organization's); its figures count the units in reach.
  const unitIds = inScope();
  const statuses = await computeRolloutStatus(em, { ...options, proposals: false, ...(unitIds ? { unitIds } : {}) });
  const byWave = new Map<number, UnitStatus[]>();
  for (const s of statuses.values()) {
    if (s.waveId === null) continue;
    const list = byWave.get(s.waveId);
    if (list) list.push(s);
    else byWave.set(s.waveId, [s]);
  }
  return waves.map((w) => {
    const units = byWave.get(w.id) ?? [];
    let actualStart: string | null = null;
    let lastLive: string | null = null;
    let allLive = units.length > 0;
    let done = 0;
    for (const u of units) {
      for (const st of u.stages) {
        if (st.state !== 'done') continue;
        done += 1;
        actualStart = min(actualStart, st.doneDate);
      }
      const live = u.stages.find((st) => st.stageId === liveId);
      if (live?.state === 'done') lastLive = max(lastLive, live.doneDate);
      else allLive = false;
    }
    const cells = units.length * stages.length;
    return {
      ...w,
      actualStart,
      actualEnd: allLive ? lastLive : null,
      units: units.length,
      shareDone: cells === 0 ? 0 : done / cells,
      late: units.filter((u) => u.late).length,
    };
  });
}

/**
 * rollout.setStage as it was written before the unit states were stored: the same
 * checks, row and activity entry, without storing the unit's state. The bench times
 * today's write against it.
 */
export async function setStageReference(em: EntityManager, change: Change, input: InputOf<'rollout.setStage'>): Promise<void> {
  await requireActiveUnit(em, input.unitId);
  await requireStage(em, input.stageId);
  const row = await em.findOneBy(StageProgress, { unitId: input.unitId, stageId: input.stageId });
  const before = snapshotOf(row);
  const after = nextSnapshot(before, input, change.today);
  if (sameSnapshot(before ?? NOT_STARTED, after)) return;
  await writeProgress(em, change, input.unitId, input.stageId, after);
  await logActivity(em, [{
    at: change.at, actor: change.actor, kind: 'progress', unitId: input.unitId, stageId: input.stageId,
    detail: { before, after },
  }]);
}
