// Keeping unit_rollout_state up to date: every write that changes a unit's stages,
// its wave or the wave's dates, the checklist or the tree calls refreshRolloutState
// for the units it touched, in its own transaction. The rows are worked out by the
// same code the unit pages use (status.ts), so the roll-ups cannot drift from them;
// only the time-dependent flags are left as dates for the read to compare with today.
import type { EntityManager } from 'typeorm';
import { replaceRows } from './replace-rows';
import { loadFlatUnits, regionOfUnit, regionResolver } from '../ownership/coverage';
import { computeRolloutStatus, type UnitStatus } from '../rollout/status';
import { loadStages, type StageInfo } from '../rollout/status-load';

const COLUMNS = [
  'unit_id', 'region_id', 'wave_id', 'wave_end', 'done_stages', 'position_kind', 'done_through_stage_id', 'blocked',
  'late_after', 'first_done_date', 'live_done', 'live_done_date', 'super_user_open', 'basic_training_open',
] as const;

/** Up to this many units, each one's region is read from its own ancestors instead of the whole tree. */
const FEW_UNITS = 8;

const earliest = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a <= b ? a : b);

/** The stored row of one unit's status: planned dates and done dates, not flags that depend on today. */
function stateRow(s: UnitStatus, regionId: number | null, stages: readonly StageInfo[], liveId: number | undefined): unknown[] {
  let done = 0;
  let lateAfter: string | null = null;
  let firstDone: string | null = null;
  let superUserOpen = false;
  let basicTrainingOpen = false;
  const rules = new Map(stages.map((st) => [st.id, st.rule]));
  for (const st of s.stages) {
    if (st.state === 'done') {
      done += 1;
      firstDone = earliest(firstDone, st.doneDate);
      continue;
    }
    lateAfter = earliest(lateAfter, st.plannedDate);
    if (rules.get(st.stageId) === 'super_user_filled') superUserOpen = true;
    if (rules.get(st.stageId) === 'basic_training') basicTrainingOpen = true;
  }
  const live = s.stages.find((st) => st.stageId === liveId);
  const liveDone = live?.state === 'done';
  return [
    s.unitId, regionId, s.waveId, s.waveEnd, done, s.position.kind, s.position.doneThroughStageId, s.blocked,
    lateAfter, firstDone, liveDone, liveDone ? (live?.doneDate ?? null) : null, superUserOpen, basicTrainingOpen,
  ];
}

async function regionsOf(em: EntityManager, unitIds: readonly number[] | undefined): Promise<(unitId: number) => number | null> {
  if (unitIds !== undefined && unitIds.length <= FEW_UNITS) {
    const found = new Map<number, number | null>();
    for (const id of unitIds) found.set(id, (await regionOfUnit(em, id))?.id ?? null);
    return (unitId) => found.get(unitId) ?? null;
  }
  const resolve = regionResolver(await loadFlatUnits(em));
  return (unitId) => resolve(unitId)?.id ?? null;
}

/**
 * The state rows of the given units (every active unit when left out), worked out
 * from scratch: what refreshRolloutState stores and what the tests compare with.
 */
export async function computeRolloutStateRows(em: EntityManager, unitIds?: readonly number[]): Promise<unknown[][]> {
  const stages = await loadStages(em);
  const liveId = (stages.find((s) => s.key === 'live') ?? stages[stages.length - 1])?.id;
  // The dates and settings only feed flags that are not stored.
  const statuses = await computeRolloutStatus(em, {
    today: '2000-01-01', settings: { basicTrainingPercent: 0, atRiskDays: 0, atRiskPercent: 0 }, proposals: false,
    ...(unitIds === undefined ? {} : { unitIds }),
  });
  const regionOf = await regionsOf(em, unitIds === undefined ? undefined : [...statuses.keys()]);
  return [...statuses.values()].map((s) => stateRow(s, regionOf(s.unitId), stages, liveId));
}

/**
 * Stores the state of the given units again (all units when left out). A unit that
 * is archived or gone loses its row, as it leaves the roll-ups.
 */
export async function refreshRolloutState(em: EntityManager, unitIds?: readonly number[]): Promise<void> {
  if (unitIds !== undefined && unitIds.length === 0) return;
  const ids = unitIds === undefined ? undefined : [...new Set(unitIds)];
  await replaceRows(em, 'unit_rollout_state', COLUMNS, 'unit_id', ids, await computeRolloutStateRows(em, ids));
}

/** The wave's members (active or not) stored again: after its dates change or before it goes. */
export async function refreshWaveState(em: EntityManager, waveId: number): Promise<void> {
  const rows: Array<{ unitId: number }> = await em.query('SELECT unit_id AS "unitId" FROM wave_member WHERE wave_id = ?', [waveId]);
  await refreshRolloutState(em, rows.map((r) => r.unitId));
}

/** The unit and everything below it (archived too) stored again: after a move, an archive, a restore or a level change. */
export async function refreshSubtreeState(em: EntityManager, unitId: number): Promise<void> {
  const rows: Array<{ id: number }> = await em.query(
    `WITH RECURSIVE down(id) AS (SELECT id FROM unit WHERE id = ? UNION ALL SELECT u.id FROM unit u JOIN down ON u.parent_id = down.id)
     SELECT id FROM down`,
    [unitId],
  );
  await refreshRolloutState(em, rows.length === 0 ? [unitId] : rows.map((r) => r.id));
}
