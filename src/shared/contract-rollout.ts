// Contract entries for the staged rollout (stages, waves, progress, bulk changes,
// dashboard) and training (types, sessions, attendance, coverage).
import { z } from 'zod';
import { empty, isoDateSchema, method, pageFields } from './method-spec';
import { linksSchema } from './links';
import { idSchema, text } from './schemas';
import type {
  BulkPreview,
  BulkResult, Dashboard, LastBulk, LeadTimeRow, RolloutListRow, StageDto, TimelineWave, TrainingCoverage,
  TrainingSessionDetail, TrainingSessionRow, TrainingTypeDto, UnitRollout, WaveDto,
} from './types-rollout';
import type { Undoable, UndoResult } from './types-undo';

const text100 = text().trim().min(1).max(100);
const description = text().max(1000);
const stageRule = z.enum(['super_user_filled', 'basic_training']).nullable();
const stageState = z.enum(['not_started', 'in_progress', 'done', 'blocked']);
const reason = text().trim().min(1).max(500);
const format = z.enum(['in_person', 'digital', 'elearning', 'video']);
/** How the rollout lists may be ordered. */
const bulkInput = z.object({
      scope: z.enum(['region', 'wave']),
      scopeId: idSchema,
      stageId: idSchema,
      /** 'confirm': mark the stage done where its "done when" rule holds, and nowhere else. */
      action: z.enum(['done', 'dates', 'block', 'confirm']),
      doneDate: isoDateSchema.nullable().default(null),
      plannedDate: isoDateSchema.nullable().default(null),
      reason: text().trim().max(500).default(''),
    }).strict()
      .refine((b) => b.action !== 'block' || b.reason.length > 0, { message: 'blocking needs a reason', path: ['reason'] })
      .refine((b) => b.action !== 'dates' || b.plannedDate !== null, { message: 'a planned date is needed', path: ['plannedDate'] });

export const ROLLOUT_LIST_SORTS = ['region', 'unit', 'done'] as const;
/** The Overview's lists of what needs action; 'unused' is «I drift, men ubrukt» from the usage figures. */
export const ROLLOUT_LIST_FILTERS = ['all', 'late', 'blocked', 'at_risk', 'ready', 'unused'] as const;
export type RolloutListFilter = (typeof ROLLOUT_LIST_FILTERS)[number];

const dateRange = <T extends z.ZodRawShape>(shape: T) =>
  z.object(shape).strict().refine((w) => !('plannedStart' in w) || !('plannedEnd' in w) || w.plannedStart === undefined
    || w.plannedEnd === undefined || String(w.plannedStart) <= String(w.plannedEnd), { message: 'plannedEnd before plannedStart', path: ['plannedEnd'] });

export const rolloutMethods = {
  'stages.list': method<StageDto[]>()(empty),
  'stages.create': method<StageDto>()(
    z.object({ nameNb: text100, nameEn: text100, descriptionNb: description.default(''), descriptionEn: description.default(''), rule: stageRule.default(null) }).strict(),
    ['NAME_TAKEN'],
  ),
  'stages.update': method<StageDto>()(
    z.object({ id: idSchema, nameNb: text100.optional(), nameEn: text100.optional(), descriptionNb: description.optional(), descriptionEn: description.optional(), rule: stageRule.optional() }).strict(),
    ['NOT_FOUND', 'NAME_TAKEN'],
  ),
  /** Moves a stage one place earlier or later in the checklist. */
  'stages.move': method<StageDto[]>()(z.object({ id: idSchema, direction: z.enum(['up', 'down']) }).strict(), ['NOT_FOUND']),
  'stages.delete': method<{ id: number }>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'STAGE_IN_USE']),

  'waves.list': method<WaveDto[]>()(empty),
  'waves.create': method<WaveDto>()(
    dateRange({ name: text100, plannedStart: isoDateSchema, plannedEnd: isoDateSchema }),
    ['NAME_TAKEN'],
  ),
  'waves.update': method<WaveDto>()(
    dateRange({ id: idSchema, name: text100.optional(), plannedStart: isoDateSchema.optional(), plannedEnd: isoDateSchema.optional() }),
    ['NOT_FOUND', 'NAME_TAKEN', 'DATE_ORDER'],
  ),
  /** A wave with units is deleted only with freeUnits: its units then leave it (their stages are kept); freed says how many. */
  'waves.delete': method<{ id: number; freed: number } & Undoable>()(
    z.object({ id: idSchema, freeUnits: z.boolean().default(false) }).strict(),
    ['NOT_FOUND', 'WAVE_HAS_UNITS'],
  ),
  /** Puts a deleted wave back with its regions, units and stage dates, unless something took their place since. */
  'waves.undoDelete': method<UndoResult>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'UNDO_STALE', 'UNDO_DONE']),
  'waves.setStageDate': method<WaveDto>()(
    z.object({ waveId: idSchema, stageId: idSchema, plannedDate: isoDateSchema }).strict(),
    ['NOT_FOUND'],
  ),
  /** Puts a region and every active unit below it in the wave (moving them from any other wave). */
  'waves.addRegion': method<WaveDto>()(z.object({ waveId: idSchema, regionId: idSchema }).strict(), ['NOT_FOUND', 'NOT_A_REGION', 'UNIT_ARCHIVED']),
  /** Takes a region out of the wave: its units in this wave leave it (their stages are kept). */
  'waves.removeRegion': method<WaveDto>()(z.object({ waveId: idSchema, regionId: idSchema }).strict(), ['NOT_FOUND', 'NOT_A_REGION', 'UNIT_ARCHIVED']),
  /** Moves one unit to another wave, or out of any wave (waveId null); the reason is recorded. */
  'waves.moveUnit': method<UnitRollout>()(
    z.object({ unitId: idSchema, waveId: idSchema.nullable(), reason }).strict(),
    ['NOT_FOUND', 'UNIT_ARCHIVED'],
  ),

  'rollout.unit': method<UnitRollout>()(z.object({ unitId: idSchema }).strict(), ['NOT_FOUND']),
  'rollout.setStage': method<UnitRollout>()(
    z.object({
      unitId: idSchema,
      stageId: idSchema,
      state: stageState,
      blockedReason: text().trim().max(500).default(''),
      /** The unit's own planned date; null clears the override (back to the wave's). */
      plannedDate: isoDateSchema.nullable().optional(),
      doneDate: isoDateSchema.nullable().optional(),
      note: text().max(2000).optional(),
    }).strict().refine((s) => s.state !== 'blocked' || s.blockedReason.length > 0, { message: 'a blocked stage needs a reason', path: ['blockedReason'] }),
    ['NOT_FOUND', 'UNIT_ARCHIVED'],
  ),
  /** One transaction over every active unit in a region or a wave. */
  'rollout.bulk': method<BulkResult>()(
    bulkInput,
    ['NOT_FOUND', 'NOT_A_REGION', 'UNIT_ARCHIVED', 'STAGE_HAS_NO_RULE'],
  ),
  /** The same input as rollout.bulk, nothing written: how many units it would change, for the confirmation before it runs. */
  'rollout.bulkPreview': method<BulkPreview>()(bulkInput, ['NOT_FOUND', 'NOT_A_REGION', 'UNIT_ARCHIVED', 'STAGE_HAS_NO_RULE']),
  'rollout.lastBulk': method<LastBulk | null>()(empty),
  /** Undoes the last bulk change that is not undone yet, restoring every unit's stage as it was. */
  'rollout.undoBulk': method<{ bulkId: number; restored: number }>()(empty, ['NOTHING_TO_UNDO']),
  'rollout.list': method<{ rows: RolloutListRow[]; total: number }>()(
    z.object({
      filter: z.enum(ROLLOUT_LIST_FILTERS).default('all'),
      regionId: idSchema.nullable().default(null),
      waveId: idSchema.nullable().default(null),
      /** Words that must each start a word of the unit's name or code or its region's name (shared/fold.ts). */
      query: text().trim().max(100).default(''),
      /** 'region' keeps the units of one region together (by region code, then unit code). */
      sort: z.enum(ROLLOUT_LIST_SORTS).default('region'),
      desc: z.boolean().default(false),
      ...pageFields,
    }).strict(),
    ['NOT_FOUND'],
  ),
  'rollout.dashboard': method<Dashboard>()(z.object({ waveId: idSchema.nullable().default(null) }).strict(), ['NOT_FOUND']),
  'rollout.timeline': method<TimelineWave[]>()(empty),
  'rollout.leadTimes': method<LeadTimeRow[]>()(empty),

  'trainingTypes.list': method<TrainingTypeDto[]>()(empty),
  'trainingTypes.create': method<TrainingTypeDto>()(
    z.object({
      nameNb: text100, nameEn: text100, descriptionNb: description.default(''), descriptionEn: description.default(''),
      validityMonths: z.number().int().min(1).max(120).nullable().default(null),
      requiredForAll: z.boolean().default(false),
      roleIds: z.array(idSchema).max(50).default([]),
      /** E-learning and instruction videos for the type: https only. */
      links: linksSchema.default([]),
    }).strict(),
    ['NAME_TAKEN', 'NOT_FOUND'],
  ),
  'trainingTypes.update': method<TrainingTypeDto>()(
    z.object({
      id: idSchema, nameNb: text100.optional(), nameEn: text100.optional(), descriptionNb: description.optional(), descriptionEn: description.optional(),
      validityMonths: z.number().int().min(1).max(120).nullable().optional(),
      requiredForAll: z.boolean().optional(),
      roleIds: z.array(idSchema).max(50).optional(),
      links: linksSchema.optional(),
    }).strict(),
    ['NOT_FOUND', 'NAME_TAKEN'],
  ),
  'trainingTypes.delete': method<{ id: number }>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'TRAINING_TYPE_IN_USE']),
  'trainingSessions.list': method<{ rows: TrainingSessionRow[]; total: number }>()(
    z.object({
      unitId: idSchema.nullable().default(null),
      typeId: idSchema.nullable().default(null),
      from: isoDateSchema.nullable().default(null),
      to: isoDateSchema.nullable().default(null),
      ...pageFields,
    }).strict(),
  ),
  'trainingSessions.get': method<TrainingSessionDetail>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  'trainingSessions.create': method<TrainingSessionDetail>()(
    z.object({
      typeId: idSchema, date: isoDateSchema, unitId: idSchema, format, trainer: text().trim().max(200).default(''),
      attendeeIds: z.array(idSchema).max(2000).default([]),
    }).strict(),
    ['NOT_FOUND', 'PERSON_ERASED', 'UNIT_ARCHIVED'],
  ),
  'trainingSessions.update': method<TrainingSessionDetail>()(
    z.object({
      id: idSchema, typeId: idSchema.optional(), date: isoDateSchema.optional(), unitId: idSchema.optional(), format: format.optional(),
      trainer: text().trim().max(200).optional(), attendeeIds: z.array(idSchema).max(2000).optional(),
    }).strict(),
    ['NOT_FOUND', 'PERSON_ERASED', 'UNIT_ARCHIVED'],
  ),
  'trainingSessions.delete': method<{ id: number } & Undoable>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  /** Puts a deleted session back with its attendance. */
  'trainingSessions.undoDelete': method<UndoResult>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'UNDO_STALE', 'UNDO_DONE']),
  'training.coverage': method<TrainingCoverage>()(z.object({ regionId: idSchema.nullable().default(null) }).strict(), ['NOT_FOUND']),
} as const;
