// The roll-ups of unit_rollout_state behind the Overview and the Timeline: one
// grouped, indexed query each. "Late" and "at risk" compare the stored dates with
// today's Oslo date here, so they turn on the day they should without a write.
import type { EntityManager } from 'typeorm';
import type { RolloutFigures } from '../../shared/types-rollout';
import { dialectOf, jsonIds } from '../db/sql';
import { addDays } from '../ownership/dates';
import { emptyPositionCounts, positionBucket } from '../rollout/position';

export interface StateFilter {
  /** Only the members of this wave. */
  waveId?: number;
  /** Only these units (the caller's reach). */
  unitIds?: readonly number[];
}

export interface RiskRule {
  today: string;
  atRiskDays: number;
  atRiskPercent: number;
  stageCount: number;
}

/** One group of units in a region with the same position. */
export interface StateGroup {
  regionId: number | null;
  positionKind: 'not_planned' | 'not_started' | 'done';
  doneThroughStageId: number | null;
  units: number;
  done: number;
  late: number;
  blocked: number;
  atRisk: number;
}

function where(em: EntityManager, filter: StateFilter): [string, unknown[]] {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.waveId !== undefined) {
    parts.push('wave_id = ?');
    params.push(filter.waveId);
  }
  if (filter.unitIds !== undefined) {
    parts.push(`unit_id IN ${jsonIds(dialectOf(em))}`);
    params.push(JSON.stringify(filter.unitIds));
  }
  return [parts.length === 0 ? '' : ` WHERE ${parts.join(' AND ')}`, params];
}

type Counted<T> = { [K in keyof T]: T[K] extends number ? number | string : T[K] };

/** Counts per region and position. At risk: blocked, or the wave ends within the horizon with too little done (status.ts). */
export async function stateGroups(em: EntityManager, filter: StateFilter, risk: RiskRule): Promise<StateGroup[]> {
  const [sql, params] = where(em, filter);
  const rows: Array<Counted<StateGroup>> = await em.query(
    `SELECT region_id AS "regionId", position_kind AS "positionKind", done_through_stage_id AS "doneThroughStageId",
            COUNT(*) AS units, SUM(done_stages) AS done,
            SUM(CASE WHEN late_after < ? THEN 1 ELSE 0 END) AS late,
            SUM(CASE WHEN blocked THEN 1 ELSE 0 END) AS blocked,
            SUM(CASE WHEN blocked OR (wave_end <= ? AND done_stages * 100 < ?) THEN 1 ELSE 0 END) AS "atRisk"
     FROM unit_rollout_state${sql} GROUP BY region_id, position_kind, done_through_stage_id`,
    [risk.today, addDays(risk.today, risk.atRiskDays), risk.atRiskPercent * risk.stageCount, ...params],
  );
  return rows.map((r) => ({
    ...r, units: Number(r.units), done: Number(r.done), late: Number(r.late), blocked: Number(r.blocked), atRisk: Number(r.atRisk),
  }));
}

/** Units whose 'super_user_filled' or 'basic_training' stage is not done: the only ones a rule may propose. */
export async function openRuleStages(
  em: EntityManager, filter: StateFilter,
): Promise<Array<{ unitId: number; regionId: number | null; superUserOpen: boolean; basicTrainingOpen: boolean }>> {
  const [sql, params] = where(em, filter);
  const rows: Array<{ unitId: number; regionId: number | null; superUserOpen: unknown; basicTrainingOpen: unknown }> = await em.query(
    `SELECT unit_id AS "unitId", region_id AS "regionId", super_user_open AS "superUserOpen", basic_training_open AS "basicTrainingOpen"
     FROM unit_rollout_state${sql ? `${sql} AND` : ' WHERE'} (super_user_open OR basic_training_open)`,
    params,
  );
  return rows.map((r) => ({ ...r, superUserOpen: Boolean(r.superUserOpen), basicTrainingOpen: Boolean(r.basicTrainingOpen) }));
}

/** Tallies groups into figures, as rollUp (dashboard.ts) tallies units. */
export function rollUpGroups(groups: Iterable<StateGroup>, stageIds: readonly number[], readyToConfirm: number): RolloutFigures {
  const positions = emptyPositionCounts(stageIds);
  const stageIndex = new Map(stageIds.map((id, i) => [id, i]));
  let units = 0;
  let done = 0;
  let late = 0;
  let blocked = 0;
  let atRisk = 0;
  for (const g of groups) {
    units += g.units;
    done += g.done;
    late += g.late;
    blocked += g.blocked;
    atRisk += g.atRisk;
    const position = { kind: g.positionKind, doneThroughStageId: g.doneThroughStageId, workingOnStageId: null, complete: false };
    const bucket = positions[positionBucket(position, stageIndex)];
    if (bucket) bucket.units += g.units;
  }
  const cells = units * stageIds.length;
  return { units, positions, readyToConfirm, shareDone: cells === 0 ? 0 : done / cells, late, blocked, atRisk };
}

export interface WaveState {
  waveId: number;
  units: number;
  done: number;
  late: number;
  actualStart: string | null;
  lastLive: string | null;
  notLive: number;
}

/** Per wave: its active units, done stages, late units, first done date and the 'live' stage's progress. */
export async function waveStates(em: EntityManager, today: string, unitIds?: readonly number[]): Promise<Map<number, WaveState>> {
  const [sql, params] = where(em, unitIds === undefined ? {} : { unitIds });
  const rows: Array<Counted<WaveState>> = await em.query(
    `SELECT wave_id AS "waveId", COUNT(*) AS units, SUM(done_stages) AS done,
            SUM(CASE WHEN late_after < ? THEN 1 ELSE 0 END) AS late,
            MIN(first_done_date) AS "actualStart", MAX(CASE WHEN live_done THEN live_done_date END) AS "lastLive",
            SUM(CASE WHEN live_done THEN 0 ELSE 1 END) AS "notLive"
     FROM unit_rollout_state${sql ? `${sql} AND` : ' WHERE'} wave_id IS NOT NULL GROUP BY wave_id`,
    [today, ...params],
  );
  return new Map(rows.map((r) => [Number(r.waveId), {
    ...r, waveId: Number(r.waveId), units: Number(r.units), done: Number(r.done), late: Number(r.late), notLive: Number(r.notLive),
  }]));
}
