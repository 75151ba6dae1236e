// A wave's planned date per stage. Spread evenly over the wave so each stage
// has its own deadline; follow-up is a review some time after going live.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';
import { Stage, WaveStageDate } from '../db/entities';
import { addDays } from '../ownership/dates';

export const FOLLOW_UP_KEY = 'follow_up';
/** The follow-up review comes this many days after the wave's end. */
export const FOLLOW_UP_DAYS = 30;

/**
 * Stage dates for a wave: the stages except follow-up, in order, divide the
 * span from start to end into equal steps and each stage is due at the end of
 * its step (so the last lands on the end date); follow-up is end + 30 days.
 */
export function spreadStageDates(
  stages: ReadonlyArray<Pick<Stage, 'id' | 'key'>>,
  plannedStart: string,
  plannedEnd: string,
): Array<{ stageId: number; plannedDate: string }> {
  const steps = stages.filter((s) => s.key !== FOLLOW_UP_KEY);
  const span = differenceInCalendarDays(parseISO(plannedEnd), parseISO(plannedStart));
  const dates = new Map(steps.map((s, i) => [s.id, addDays(plannedStart, Math.round((span * (i + 1)) / steps.length))]));
  return stages.map((s) => ({
    stageId: s.id,
    plannedDate: dates.get(s.id) ?? addDays(plannedEnd, FOLLOW_UP_DAYS),
  }));
}

/** Replaces the wave's stage dates with freshly spread ones (hand edits are lost; the UI says so). */
export async function writeSpreadDates(em: EntityManager, waveId: number, plannedStart: string, plannedEnd: string): Promise<void> {
  const stages = await em.find(Stage, { order: { sortOrder: 'ASC', id: 'ASC' } });
  await em.delete(WaveStageDate, { waveId });
  const rows = spreadStageDates(stages, plannedStart, plannedEnd).map((d) => ({ waveId, ...d }));
  if (rows.length) await em.insert(WaveStageDate, rows);
}
