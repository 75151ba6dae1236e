// Where a unit stands in the checklist, read from what is done: the one rule
// behind the Overview, the lists, the unit pages and every report. A unit is
// "done through" the last stage of the unbroken run done from the first, so a
// figure never credits a stage nobody has finished.
import type { PositionCount, ProgressPosition, UnitStageStatus } from '../../shared/types-rollout';

/** `stages` in checklist order; `planned` says whether the unit is in a wave. */
export function positionOf(stages: readonly UnitStageStatus[], planned: boolean): ProgressPosition {
  let doneThroughStageId: number | null = null;
  let next: UnitStageStatus | undefined;
  for (const stage of stages) {
    if (stage.state !== 'done') {
      next = stage;
      break;
    }
    doneThroughStageId = stage.stageId;
  }
  const begun = stages.some((s) => s.state !== 'not_started');
  const workingOnStageId = next && (next.state === 'in_progress' || next.state === 'blocked') ? next.stageId : null;
  const kind = doneThroughStageId !== null ? 'done' : !planned && !begun ? 'not_planned' : 'not_started';
  return { kind, doneThroughStageId, workingOnStageId, complete: stages.length > 0 && next === undefined };
}

/** Empty buckets in display order: not planned, not started, then done through each stage. */
export function emptyPositionCounts(stageIds: readonly number[]): PositionCount[] {
  return [
    { kind: 'not_planned', stageId: null, units: 0 },
    { kind: 'not_started', stageId: null, units: 0 },
    ...stageIds.map((stageId): PositionCount => ({ kind: 'done', stageId, units: 0 })),
  ];
}

/** The bucket a position counts in, as an index into emptyPositionCounts(stageIds). */
export function positionBucket(position: ProgressPosition, stageIndex: ReadonlyMap<number, number>): number {
  if (position.kind === 'not_planned') return 0;
  if (position.kind === 'not_started' || position.doneThroughStageId === null) return 1;
  return 2 + (stageIndex.get(position.doneThroughStageId) ?? 0);
}
