// Shapes for the staged rollout and training. Dates are YYYY-MM-DD in Europe/Oslo.
import type { LearningLink } from './links';
import type { UnusedUnit } from './types-usage';

export type StageState = 'not_started' | 'in_progress' | 'done' | 'blocked';
export type StageRule = 'super_user_filled' | 'basic_training';
export type TrainingFormat = 'in_person' | 'digital' | 'elearning' | 'video';

export interface StageDto {
  id: number;
  key: string | null;
  nameNb: string;
  nameEn: string;
  descriptionNb: string;
  descriptionEn: string;
  sortOrder: number;
  rule: StageRule | null;
  /** Progress rows that refer to it; a stage in use cannot be deleted. */
  progressCount: number;
}

export interface WaveDto {
  id: number;
  name: string;
  sortOrder: number;
  plannedStart: string;
  plannedEnd: string;
  unitCount: number;
  /** Regions with at least one unit in this wave. */
  regions: Array<{ id: number; code: string; name: string }>;
  /** The wave's planned date per stage (units may override). */
  stageDates: Array<{ stageId: number; plannedDate: string }>;
}

/**
 * Where a unit stands, read from what is done, never from what is next: a
 * unit with nothing done is "not started" (or "not planned" outside any
 * wave), not "at" the first stage.
 */
export interface ProgressPosition {
  /** 'not_planned': in no wave and nothing begun; 'not_started': nothing done; 'done': doneThroughStageId is done, and every stage before it. */
  kind: 'not_planned' | 'not_started' | 'done';
  /** The last stage of the unbroken run of done stages from the first; null unless kind is 'done'. */
  doneThroughStageId: number | null;
  /** The first stage not done, when work on it has begun (in progress or blocked). */
  workingOnStageId: number | null;
  /** Every stage is done. */
  complete: boolean;
}

/** One bucket of a roll-up: units not planned, not started, or done through a stage (the last stage = all done). */
export interface PositionCount {
  kind: ProgressPosition['kind'];
  stageId: number | null;
  units: number;
}

export interface UnitStageStatus {
  stageId: number;
  state: StageState;
  /** The unit's own date if overridden, else the wave's; null when the unit is in no wave. */
  plannedDate: string | null;
  plannedOverridden: boolean;
  doneDate: string | null;
  note: string;
  blockedReason: string;
  changedBy: string | null;
  changedAt: string | null;
  /** Planned date passed and not done. */
  late: boolean;
  /** The stage's "done when" rule holds but nobody has confirmed it yet. */
  proposedDone: boolean;
}

export interface ActivityEntry {
  id: number;
  at: string;
  actor: string;
  kind: string;
  unitId: number | null;
  stageId: number | null;
  waveId: number | null;
  bulkId: number | null;
  /** Snapshots or facts of the change, for the history list. */
  detail: Record<string, unknown>;
}

export interface UnitRollout {
  unitId: number;
  code: string;
  name: string;
  regionName: string | null;
  wave: { id: number; name: string; plannedStart: string; plannedEnd: string; reason: string } | null;
  stages: UnitStageStatus[];
  position: ProgressPosition;
  /** The first stage not done, in order (the next step); null when all are done. */
  nextStageId: number | null;
  /** Stages whose "done when" rule holds, waiting for a person to confirm them. */
  readyStageIds: number[];
  /** Done stages / all stages, 0..1. */
  shareDone: number;
  late: boolean;
  blocked: boolean;
  atRisk: boolean;
  /** Newest first. */
  history: ActivityEntry[];
}

export interface RolloutListRow {
  unitId: number;
  code: string;
  name: string;
  regionName: string | null;
  waveName: string | null;
  position: ProgressPosition;
  readyStageIds: number[];
  shareDone: number;
  late: boolean;
  blocked: boolean;
  atRisk: boolean;
  /** «I drift, men ubrukt»: in operation, its use below target two months running (core/usage/unused.ts). */
  unused: boolean;
  /** The earliest planned date among late stages. */
  lateSince: string | null;
  blockedReason: string;
}

export interface BulkResult {
  bulkId: number;
  /** Units whose stage changed. */
  changed: number;
  /** Units already in the requested state. */
  unchanged: number;
  units: number;
}

/** A bulk change's dry run: what it would change, for the confirmation before it runs. */
export interface BulkPreview {
  changed: number;
  unchanged: number;
  units: number;
  /** The wave's or region's name. */
  scopeName: string;
}

export interface LastBulk {
  bulkId: number;
  at: string;
  actor: string;
  action: 'done' | 'dates' | 'block' | 'confirm';
  scopeKind: 'region' | 'wave';
  scopeName: string;
  stageId: number;
  changed: number;
}

export interface TrainingFigures {
  /** People holding a current role in scope. */
  holders: number;
  basicValid: number;
  /** basicValid / holders, 0..1; null when there are no holders (no share to speak of, not 0 %). */
  basicShare: number | null;
  superUsers: number;
  superUsersAdvanced: number;
  /** Holders whose last refresher or basic training is more than 12 months old. */
  refresherOverdue: number;
  /** Holders assigned within the last N days (a setting). */
  newcomers: number;
  newcomersUntrained: number;
}

export interface RolloutFigures {
  units: number;
  /** Units not planned, not started, then done through each stage in checklist order (the last = all done). */
  positions: PositionCount[];
  /** Units with at least one stage whose "done when" rule holds but is not confirmed. */
  readyToConfirm: number;
  /** Done unit-stages / all unit-stages, 0..1. */
  shareDone: number;
  late: number;
  blocked: number;
  atRisk: number;
}

export interface Dashboard {
  today: string;
  national: RolloutFigures & { training: TrainingFigures };
  regions: Array<RolloutFigures & { regionId: number; code: string; name: string; training: TrainingFigures }>;
  /**
   * The units in no region: the national unit itself (and any unit outside the
   * regions). National = the regions + this, so a table of regions adds up with it.
   */
  nationalLevel: RolloutFigures & { training: TrainingFigures };
  /**
   * «Bruk»: units in operation but unused (src/core/usage/unused.ts), counted with what needs
   * action; null while no usage is imported, since then use is not measured at all.
   */
  unused: UnusedUnit[] | null;
}

export interface TimelineWave {
  id: number;
  name: string;
  plannedStart: string;
  plannedEnd: string;
  /** The earliest done date of any stage in the wave's units; null before any progress. */
  actualStart: string | null;
  /** The date the last unit finished the live stage; null while any unit is not live. */
  actualEnd: string | null;
  units: number;
  shareDone: number;
  late: number;
}

export interface LeadTimeRow {
  regionId: number;
  code: string;
  name: string;
  /** Done stages with both a planned and a done date. */
  samples: number;
  /** Days from planned to done (negative = early). */
  averageDays: number | null;
  medianDays: number | null;
}

export interface TrainingTypeDto {
  id: number;
  key: string | null;
  nameNb: string;
  nameEn: string;
  descriptionNb: string;
  descriptionEn: string;
  validityMonths: number | null;
  requiredForAll: boolean;
  roleIds: number[];
  sortOrder: number;
  sessionCount: number;
  links: LearningLink[];
}

export interface TrainingSessionRow {
  id: number;
  typeId: number;
  typeNameNb: string;
  typeNameEn: string;
  date: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  format: TrainingFormat;
  trainer: string;
  attendeeCount: number;
}

export interface TrainingSessionDetail extends TrainingSessionRow {
  attendees: Array<{ personId: number; name: string; email: string | null }>;
}

export interface TrainingCoverage {
  today: string;
  national: TrainingFigures;
  regions: Array<TrainingFigures & { regionId: number; code: string; name: string }>;
  /** The holders at units in no region (the national unit itself), so the regions and this add up to national. */
  nationalLevel: TrainingFigures;
  /** Per unit, when the request names a region. */
  units: Array<TrainingFigures & { unitId: number; code: string; name: string }>;
  /** Regions whose super-users have not met at a gathering in 12 months, in code order. */
  gatheringReminders: GatheringReminder[];
}

/** A region due its super-users' gathering. */
export interface GatheringReminder {
  regionId: number;
  code: string;
  name: string;
  /** Its current super-users (distinct people). */
  superUsers: number;
  /** The latest gathering one of them attended, or null for none ever. */
  lastGathering: string | null;
}
