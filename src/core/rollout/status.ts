// The derived rollout status of every active unit: effective planned dates,
// late stages, the current stage, the share done, blocked and at risk. A few
// flat reads (status-load.ts) and one pass in JS, so the whole organization
// costs about as much as one unit.
import type { EntityManager } from 'typeorm';
import type { AppSettings } from '../../shared/types';
import type { ProgressPosition, UnitStageStatus } from '../../shared/types-rollout';
import { addDays } from '../ownership/dates';
import { positionOf } from './position';
import { loadProgress, loadStages, loadUnitWaves, loadWaveStageDates, type ProgressRow, type StageInfo } from './status-load';
import type { BasicShare } from '../training/figures';
import { basicTrainingMet, basicTrainingMetBy, superUserFilled } from './status-rules';

export interface UnitStatus {
  unitId: number;
  waveId: number | null;
  /** The wave's planned end; null when the unit is in no wave. */
  waveEnd: string | null;
  /** Every stage, in checklist order. */
  stages: UnitStageStatus[];
  /** What is done (position.ts): the one rule every figure and list uses. */
  position: ProgressPosition;
  /** The first stage not done (the next step); null when all are done. */
  nextStageId: number | null;
  /** Stages whose rule holds but are not confirmed (empty when proposals were skipped). */
  readyStageIds: number[];
  /** Done stages / all stages, 0..1. */
  shareDone: number;
  late: boolean;
  blocked: boolean;
  atRisk: boolean;
}

export interface RolloutStatusOptions {
  /** Europe/Oslo calendar date, YYYY-MM-DD. */
  today: string;
  settings: Pick<AppSettings, 'basicTrainingPercent' | 'atRiskDays' | 'atRiskPercent'>;
  /** Only these units (active ones among them); every active unit when left out. */
  unitIds?: readonly number[];
  /** Work out the stage rules' proposals (default true). The roll-ups do not show them, so they skip the cost. */
  proposals?: boolean;
  /**
   * Each unit's basic-training share, when the caller has read the training facts for
   * the same units already (the dashboard): the 'basic_training' rule then reads no more.
   */
  basicShares?: ReadonlyMap<number, BasicShare>;
}

/**
 * TypeORM writes datetimes as 'YYYY-MM-DD HH:MM:SS.SSS' in UTC; the contract
 * speaks ISO 8601. Memoized per call: a bulk change stamps thousands of rows
 * with the same instant.
 */
function isoInstants(): (stored: string) => string {
  const memo = new Map<string, string>();
  return (stored) => {
    let iso = memo.get(stored);
    if (iso === undefined) memo.set(stored, (iso = new Date(`${stored.replace(' ', 'T')}Z`).toISOString()));
    return iso;
  };
}

interface Proposals {
  superUser: Set<number>;
  basic: Set<number>;
}

async function loadProposals(em: EntityManager, stages: StageInfo[], options: RolloutStatusOptions): Promise<Proposals> {
  const none: Proposals = { superUser: new Set(), basic: new Set() };
  if (options.proposals === false) return none;
  const { today, unitIds } = options;
  const rules = new Set(stages.map((s) => s.rule));
  return {
    superUser: rules.has('super_user_filled') ? await superUserFilled(em, today, unitIds) : none.superUser,
    basic: !rules.has('basic_training') ? none.basic
      : options.basicShares ? basicTrainingMetBy(options.basicShares, options.settings.basicTrainingPercent)
      : await basicTrainingMet(em, today, options.settings.basicTrainingPercent, unitIds),
  };
}

function stageStatus(
  stage: StageInfo, progress: ProgressRow | undefined, waveDate: string | null, today: string, proposed: boolean,
  isoInstant: (stored: string) => string,
): UnitStageStatus {
  const state = progress?.state ?? 'not_started';
  const plannedDate = progress?.plannedDate ?? waveDate;
  return {
    stageId: stage.id,
    state,
    plannedDate,
    plannedOverridden: progress?.plannedDate != null,
    doneDate: progress?.doneDate ?? null,
    note: progress?.note ?? '',
    blockedReason: progress?.blockedReason ?? '',
    changedBy: progress?.changedBy ?? null,
    changedAt: progress ? isoInstant(progress.changedAt) : null,
    // Dates compare as text: both are Oslo calendar dates.
    late: plannedDate !== null && plannedDate < today && state !== 'done',
    proposedDone: proposed && state !== 'done',
  };
}

/**
 * Status per active unit, keyed by unit id. At risk: the wave ends within
 * atRiskDays (or has ended) and less than atRiskPercent is done, or a stage
 * is blocked. A unit in no wave has no planned dates, so it is never late.
 */
export async function computeRolloutStatus(em: EntityManager, options: RolloutStatusOptions): Promise<Map<number, UnitStatus>> {
  const { today, settings, unitIds } = options;
  const stages = await loadStages(em);
  const units = await loadUnitWaves(em, unitIds);
  const waveDates = await loadWaveStageDates(em);
  const progress = await loadProgress(em, unitIds);
  const proposals = await loadProposals(em, stages, options);
  const riskHorizon = addDays(today, settings.atRiskDays);
  const isoInstant = isoInstants();

  const result = new Map<number, UnitStatus>();
  for (const unit of units) {
    const own = progress.get(unit.unitId);
    const dates = unit.waveId === null ? undefined : waveDates.get(unit.waveId);
    let done = 0;
    let nextStageId: number | null = null;
    const readyStageIds: number[] = [];
    let late = false;
    let blocked = false;
    const list = stages.map((stage) => {
      const proposed = (stage.rule === 'super_user_filled' && proposals.superUser.has(unit.unitId))
        || (stage.rule === 'basic_training' && proposals.basic.has(unit.unitId));
      const s = stageStatus(stage, own?.get(stage.id), dates?.get(stage.id) ?? null, today, proposed, isoInstant);
      if (s.state === 'done') done += 1;
      else if (nextStageId === null) nextStageId = stage.id;
      if (s.proposedDone) readyStageIds.push(stage.id);
      late ||= s.late;
      blocked ||= s.state === 'blocked';
      return s;
    });
    const shareDone = stages.length === 0 ? 0 : done / stages.length;
    const endsSoon = unit.waveEnd !== null && unit.waveEnd <= riskHorizon;
    result.set(unit.unitId, {
      unitId: unit.unitId,
      waveId: unit.waveId,
      waveEnd: unit.waveEnd,
      stages: list,
      position: positionOf(list, unit.waveId !== null),
      nextStageId,
      readyStageIds,
      shareDone,
      late,
      blocked,
      // Whole numbers, so 3 of 6 done is exactly 50 %.
      atRisk: blocked || (endsSoon && done * 100 < settings.atRiskPercent * stages.length),
    });
  }
  return result;
}
