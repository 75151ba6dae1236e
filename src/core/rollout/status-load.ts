// The flat reads behind the derived rollout status: stages, units with their
// wave, the waves' stage dates and the progress rows. Plain SELECTs with no
// joins over progress, because one JS pass over ~30,000 rows is cheaper than
// asking SQLite to pivot them per unit.
import type { EntityManager } from 'typeorm';
import type { StageRule, StageState } from '../../shared/types-rollout';
import { dialectOf, jsonIds } from '../db/sql';

export interface StageInfo {
  id: number;
  key: string | null;
  rule: StageRule | null;
}

export interface UnitWave {
  unitId: number;
  waveId: number | null;
  waveEnd: string | null;
}

export interface ProgressRow {
  unitId: number;
  stageId: number;
  state: StageState;
  blockedReason: string;
  plannedDate: string | null;
  doneDate: string | null;
  note: string;
  changedBy: string;
  changedAt: string;
}

/** `IN jsonIds`: one JSON parameter instead of a placeholder per id, so any number of units fits. */
const unitFilter = (em: EntityManager, column: string, unitIds: readonly number[] | undefined): [string, unknown[]] =>
  unitIds === undefined ? ['', []] : [` AND ${column} IN ${jsonIds(dialectOf(em))}`, [JSON.stringify(unitIds)]];

export async function loadStages(em: EntityManager): Promise<StageInfo[]> {
  return em.query('SELECT id, key, rule FROM stage ORDER BY sort_order, id');
}

/** Active units (all, or the given ones) with their wave and its planned end. */
export async function loadUnitWaves(em: EntityManager, unitIds?: readonly number[]): Promise<UnitWave[]> {
  const [where, params] = unitFilter(em, 'u.id', unitIds);
  return em.query(
    `SELECT u.id AS "unitId", wm.wave_id AS "waveId", w.planned_end AS "waveEnd"
     FROM unit u LEFT JOIN wave_member wm ON wm.unit_id = u.id LEFT JOIN wave w ON w.id = wm.wave_id
     WHERE u.archived = FALSE${where} ORDER BY u.id`,
    params,
  );
}

/** wave id -> stage id -> planned date. */
export async function loadWaveStageDates(em: EntityManager): Promise<Map<number, Map<number, string>>> {
  const rows: Array<{ waveId: number; stageId: number; plannedDate: string }> = await em.query(
    'SELECT wave_id AS "waveId", stage_id AS "stageId", planned_date AS "plannedDate" FROM wave_stage_date',
  );
  const byWave = new Map<number, Map<number, string>>();
  for (const r of rows) {
    let dates = byWave.get(r.waveId);
    if (!dates) byWave.set(r.waveId, (dates = new Map()));
    dates.set(r.stageId, r.plannedDate);
  }
  return byWave;
}

/** unit id -> stage id -> progress. */
export async function loadProgress(em: EntityManager, unitIds?: readonly number[]): Promise<Map<number, Map<number, ProgressRow>>> {
  const [where, params] = unitFilter(em, 'unit_id', unitIds);
  const rows: ProgressRow[] = await em.query(
    `SELECT unit_id AS "unitId", stage_id AS "stageId", state, blocked_reason AS "blockedReason", planned_date AS "plannedDate",
            done_date AS "doneDate", note, changed_by AS "changedBy", changed_at AS "changedAt"
     FROM stage_progress WHERE 1 = 1${where}`,
    params,
  );
  const byUnit = new Map<number, Map<number, ProgressRow>>();
  for (const r of rows) {
    let stages = byUnit.get(r.unitId);
    if (!stages) byUnit.set(r.unitId, (stages = new Map()));
    stages.set(r.stageId, r);
  }
  return byUnit;
}
