// Rollout rows written straight with TypeORM (waves, stage dates, members,
// progress, training), so the report tests do not depend on the planning and
// training services, on top of the small tree of the coverage tests.
import { Attendance, StageProgress, TrainingSession, Wave, WaveMember, WaveStageDate } from '../../../src/core/db/entities';
import { addDays } from '../../../src/core/ownership/dates';
import { refreshRolloutState } from '../../../src/core/derived/rollout-state';
import { refreshTrainingState } from '../../../src/core/derived/training-state';
import { openFixture, smallOrg, type Fixture } from '../ownership/coverage-fixture';

export type StageKey = 'anchored' | 'super_user' | 'basic_training' | 'access_ready' | 'live' | 'follow_up';
export const STAGE_KEYS: StageKey[] = ['anchored', 'super_user', 'basic_training', 'access_ready', 'live', 'follow_up'];

export interface RolloutFixture extends Fixture {
  org: Awaited<ReturnType<typeof smallOrg>>;
  stages: Record<StageKey, number>;
  /** A wave with one planned date per stage (in STAGE_KEYS order) and the given units. */
  wave(name: string, plannedEnd: string, dates: string[], unitIds: number[]): Promise<number>;
  progress(unitId: number, stage: StageKey, state: string, extra?: Partial<StageProgress>): Promise<void>;
  /** A session of the training type with that key, attended by the people. */
  session(typeKey: string, date: string, unitId: number, personIds: number[]): Promise<void>;
}

export async function openRolloutFixture(now?: Date): Promise<RolloutFixture> {
  const fx = await openFixture(now);
  const org = await smallOrg(fx.core);
  const em = fx.core.ds.manager;
  const stageRows: Array<{ id: number; key: StageKey }> = await em.query('SELECT id, key FROM stage');
  const stages = Object.fromEntries(stageRows.map((s) => [s.key, s.id])) as Record<StageKey, number>;
  let waves = 0;
  return {
    ...fx,
    org,
    stages,
    wave: async (name, plannedEnd, dates, unitIds) => {
      const wave = await em.save(em.create(Wave, { name, sortOrder: waves++, plannedStart: dates[0] ?? plannedEnd, plannedEnd }));
      await em.insert(WaveStageDate, dates.map((plannedDate, i) => ({ waveId: wave.id, stageId: stages[STAGE_KEYS[i] as StageKey], plannedDate })));
      if (unitIds.length > 0) await em.insert(WaveMember, unitIds.map((unitId) => ({ unitId, waveId: wave.id, reason: '', changedAt: new Date() })));
      // Written past the services, so the stored unit states are brought up to date here.
      await refreshRolloutState(em, unitIds);
      return wave.id;
    },
    progress: async (unitId, stage, state, extra = {}) => {
      await em.insert(StageProgress, {
        unitId, stageId: stages[stage], state, blockedReason: '', plannedDate: null, doneDate: null, note: '',
        changedBy: 'test', changedAt: new Date('2026-03-01T10:00:00Z'), ...extra,
      });
      await refreshRolloutState(em, [unitId]);
    },
    session: async (typeKey, date, unitId, personIds) => {
      const [type] = await em.query('SELECT id FROM training_type WHERE key = ?', [typeKey]) as Array<{ id: number }>;
      const s = await em.save(em.create(TrainingSession, { typeId: type?.id ?? 0, date, unitId, format: 'in_person', trainer: '' }));
      if (personIds.length > 0) await em.insert(Attendance, personIds.map((personId) => ({ sessionId: s.id, personId })));
      await refreshTrainingState(em, personIds);
    },
  };
}

/** Six stage dates a week apart from `first`. */
export function weekly(first: string): string[] {
  return STAGE_KEYS.map((_, i) => addDays(first, i * 7));
}
