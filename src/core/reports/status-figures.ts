// The figures behind the national and region status reports, gathered once
// for a set of units and grouped into rows: rollout (as the dashboard rolls it
// up), ownership gaps by role, training coverage and support. Each theme is a
// few flat or grouped reads for the whole scope, never a query per unit, so
// the whole organization costs about as much as one region. A scope holding
// most of the organization is read whole and trimmed here (see readPlan).
import type { EntityManager } from 'typeorm';
import type { RolloutFigures, TrainingFigures } from '../../shared/types-rollout';
import { computeCoverageWithUnits } from '../ownership/coverage';
import { rollUp } from '../rollout/dashboard';
import { computeRolloutStatus, type UnitStatus } from '../rollout/status';
import { computeTrainingFigures, figuresOr } from '../training/figures';
import type { BuildContext } from './build-context';
import { addSupport, emptySupport, supportByUnit, type SupportFigures } from './status-support';

export interface StatusFigures {
  rollout: RolloutFigures;
  /** Units whose 'live' stage is done. */
  live: number;
  /** Required role slots that are not filled (missing, vacant or expiring), per role id. */
  gaps: Map<number, number>;
  gapTotal: number;
  training: TrainingFigures;
  support: SupportFigures;
}

export interface StatusScope {
  /** The units counted (the active ones among them for rollout, ownership and training); every unit when left out. */
  unitIds?: readonly number[];
  /** The row a unit counts in, or null for the total only. */
  rowOf(unitId: number): number | null;
}

export interface NamedItem {
  id: number;
  name: string;
}

export interface StatusData {
  /** The checklist, in order, named in the report's language. */
  stages: NamedItem[];
  /** The stage whose completion means "live", if any stage is left. */
  liveStage: NamedItem | null;
  /** Every role that some level requires, in the catalog's order. */
  roles: NamedItem[];
  /** Figures per row key; rows without any unit in scope are absent (use statusFiguresOr). */
  rows: Map<number, StatusFigures>;
  /** Every unit in scope, people counted once. */
  total: StatusFigures;
  /** Each active unit's rollout status in scope, by unit id. */
  statuses: Map<number, UnitStatus>;
}

interface NamedRow {
  id: number;
  key: string | null;
  nameNb: string;
  nameEn: string;
}

function emptyFigures(stageIds: readonly number[]): StatusFigures {
  return { rollout: rollUp([], stageIds), live: 0, gaps: new Map(), gapTotal: 0, training: figuresOr(undefined), support: emptySupport() };
}

/** A row's figures, or zeros in the same shape when it had nothing in scope. */
export function statusFiguresOr(data: StatusData, key: number): StatusFigures {
  return data.rows.get(key) ?? emptyFigures(data.stages.map((s) => s.id));
}

/** The 'live' stage (by key), or the last stage if it was deleted: as the timeline decides "went live". */
export function liveStageOf<T extends { key: string | null }>(stages: readonly T[]): T | null {
  return stages.find((s) => s.key === 'live') ?? stages[stages.length - 1] ?? null;
}

function groupStatuses(statuses: Iterable<UnitStatus>, rowOf: (unitId: number) => number | null): Map<number, UnitStatus[]> {
  const groups = new Map<number, UnitStatus[]>();
  for (const s of statuses) {
    const key = rowOf(s.unitId);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  return groups;
}

export function countLive(statuses: Iterable<UnitStatus>, liveId: number | null): number {
  let n = 0;
  for (const s of statuses) if (s.stages.some((st) => st.stageId === liveId && st.state === 'done')) n += 1;
  return n;
}

/**
 * Above this share of all units, a scope is read as the whole organization and
 * the units outside it are dropped in JS: reading the assignments, attendance
 * and cases of most units through their unit and person indexes fetches the
 * rows out of order and costs up to twice one pass in storage order (a region
 * of 4,990 of 5,000 units: training 0.58 s against 0.34 s, support 0.26 s
 * against 0.12 s, coverage 0.13 s against 0.08 s).
 */
const WHOLE_READ_SHARE = 0.5;

interface ReadPlan {
  /** What the reads are limited to: the scope, or nothing for the whole organization. */
  only: { unitIds?: readonly number[] };
  /** Whether a unit the reads returned is in scope. */
  inScope(unitId: number): boolean;
}

async function readPlan(em: EntityManager, unitIds: readonly number[] | undefined): Promise<ReadPlan> {
  if (unitIds === undefined) return { only: {}, inScope: () => true };
  const ids = new Set(unitIds);
  const [all]: Array<{ n: number }> = await em.query('SELECT COUNT(*) AS n FROM unit');
  const whole = ids.size > WHOLE_READ_SHARE * Number(all?.n ?? 0);
  return { only: whole ? {} : { unitIds }, inScope: (unitId) => ids.has(unitId) };
}

export async function gatherStatusFigures(ctx: BuildContext, scope: StatusScope): Promise<StatusData> {
  const { em, today, settings, lang, signal } = ctx;
  const name = (r: NamedRow): string => (lang === 'nb' ? r.nameNb : r.nameEn);
  const { only, inScope } = await readPlan(em, scope.unitIds);
  const rowOf = (unitId: number): number | null => (inScope(unitId) ? scope.rowOf(unitId) : null);

  const stageRows: NamedRow[] = await em.query('SELECT id, key, name_nb AS "nameNb", name_en AS "nameEn" FROM stage ORDER BY sort_order, id');
  const roleRows: NamedRow[] = await em.query(
    `SELECT id, key, name_nb AS "nameNb", name_en AS "nameEn" FROM role
     WHERE id IN (SELECT role_id FROM role_requirement WHERE minimum >= 1) ORDER BY sort_order, id`,
  );
  const stageIds = stageRows.map((s) => s.id);
  const live = liveStageOf(stageRows);
  const liveId = live?.id ?? null;
  const rows = new Map<number, StatusFigures>();
  const row = (key: number): StatusFigures => {
    let f = rows.get(key);
    if (!f) rows.set(key, (f = emptyFigures(stageIds)));
    return f;
  };
  const total = emptyFigures(stageIds);

  // Rollout: the dashboard's own derivation and roll-up.
  signal.throwIfAborted();
  const read = await computeRolloutStatus(em, { today, settings, ...only });
  const statuses = [...read.values()].filter((s) => inScope(s.unitId));
  for (const [key, list] of groupStatuses(statuses, rowOf)) {
    const f = row(key);
    f.rollout = rollUp(list, stageIds);
    f.live = countLive(list, liveId);
  }
  total.rollout = rollUp(statuses, stageIds);
  total.live = countLive(statuses, liveId);
  ctx.progress(0.3);

  // Training: distinct people per row and in all.
  signal.throwIfAborted();
  const training = await computeTrainingFigures(em, { today, newcomerDays: settings.newcomerDays, ...only });
  for (const [key, figures] of training.groupBy(rowOf)) row(key).training = figures;
  total.training = scope.unitIds === undefined
    ? training.national
    : figuresOr(training.groupBy((unitId) => (inScope(unitId) ? 0 : null)).get(0));
  ctx.progress(0.55);

  // Ownership: every required slot that is not filled, as the gap list counts it.
  signal.throwIfAborted();
  const { rows: coverage } = await computeCoverageWithUnits(em, { today, expiryDays: settings.expiryDays, ...only });
  for (const slot of coverage) {
    if (slot.state === 'filled' || !inScope(slot.unitId)) continue;
    const key = rowOf(slot.unitId);
    for (const f of key === null ? [total] : [row(key), total]) {
      f.gaps.set(slot.roleId, (f.gaps.get(slot.roleId) ?? 0) + 1);
      f.gapTotal += 1;
    }
  }
  ctx.progress(0.8);

  // Support over the period (30 days up to today unless chosen).
  signal.throwIfAborted();
  const period = ctx.request.period;
  if (!period) throw new Error(`a ${ctx.request.kind} report needs a support period`);
  for (const [unitId, figures] of await supportByUnit(em, period, only.unitIds)) {
    if (!inScope(unitId)) continue;
    const key = rowOf(unitId);
    if (key !== null) addSupport(row(key).support, figures);
    addSupport(total.support, figures);
  }
  ctx.progress(1);

  return {
    stages: stageRows.map((s) => ({ id: s.id, name: name(s) })),
    liveStage: live ? { id: live.id, name: name(live) } : null,
    roles: roleRows.map((r) => ({ id: r.id, name: name(r) })),
    rows,
    total,
    statuses: new Map(statuses.map((s) => [s.unitId, s])),
  };
}

/** The units in a wave, for the wave filter. */
export async function waveMemberIds(em: EntityManager, waveId: number): Promise<number[]> {
  const rows: Array<{ unitId: number }> = await em.query('SELECT unit_id AS "unitId" FROM wave_member WHERE wave_id = ?', [waveId]);
  return rows.map((r) => r.unitId);
}
