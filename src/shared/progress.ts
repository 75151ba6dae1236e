// Words and colours for a unit's progress position (see core/rollout/position.ts),
// shared by the UI and the reports so both say the same thing.
import type { TFunction } from 'i18next';
import type { PositionCount, ProgressPosition } from './types-rollout';

type StageName = (stageId: number) => string;

/** "Not planned", "Not started", "Done through X", "All stages done", each with "working on Y" where work has begun. */
export function positionText(t: TFunction, position: ProgressPosition, stageName: StageName): string {
  if (position.complete) return t('common:progress.complete');
  const working = position.workingOnStageId === null ? null : stageName(position.workingOnStageId);
  if (position.kind === 'done' && position.doneThroughStageId !== null) {
    const done = stageName(position.doneThroughStageId);
    return working === null
      ? t('common:progress.doneThrough', { stage: done })
      : t('common:progress.doneThroughWorking', { stage: done, working });
  }
  if (working !== null) return t('common:progress.working', { stage: working });
  return t(position.kind === 'not_planned' ? 'common:progress.notPlanned' : 'common:progress.notStarted');
}

/** A roll-up bucket's name: the last stage's bucket is "all stages done". */
export function positionCountLabel(t: TFunction, count: PositionCount, stageName: StageName, lastStageId: number | null): string {
  if (count.kind === 'not_planned') return t('common:progress.notPlanned');
  if (count.kind === 'not_started' || count.stageId === null) return t('common:progress.notStarted');
  if (count.stageId === lastStageId) return t('common:progress.complete');
  return t('common:progress.doneThrough', { stage: stageName(count.stageId) });
}

/**
 * Bucket colours, each at least 4.5:1 against white (white labels sit inside
 * PDF segments; WCAG 1.4.3 and 1.4.11): greys for nothing done, blues that
 * darken with each stage done, green for all done.
 */
const NOT_PLANNED_COLOUR = '#757575';
const NOT_STARTED_COLOUR = '#5a6570';
const DONE_COLOURS = ['#3b78b8', '#2f6aa8', '#2a5d96', '#245184', '#1e4573', '#173a61', '#12304f', '#0b2440'] as const;
const COMPLETE_COLOUR = '#1a6b3c';

export function positionColour(count: PositionCount, stageIndex: number, lastStageId: number | null): string {
  if (count.kind === 'not_planned') return NOT_PLANNED_COLOUR;
  if (count.kind === 'not_started' || count.stageId === null) return NOT_STARTED_COLOUR;
  if (count.stageId === lastStageId) return COMPLETE_COLOUR;
  return DONE_COLOURS[Math.min(stageIndex, DONE_COLOURS.length - 1)] ?? DONE_COLOURS[0];
}
