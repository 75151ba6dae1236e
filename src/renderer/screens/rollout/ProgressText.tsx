import { useTranslation } from 'react-i18next';
import type { ProgressPosition, StageDto } from '../../../shared/types-rollout';
import { useRolloutText } from './useRolloutText';
import './rollout.css';

interface ProgressTextProps {
  position: ProgressPosition;
  readyStageIds: readonly number[];
  stages: readonly StageDto[] | undefined;
}

/** What a unit has done, in words; work begun but unfinished is styled apart, and stages ready to confirm are flagged. */
export function ProgressText({ position, readyStageIds, stages }: ProgressTextProps) {
  const { t } = useTranslation();
  const text = useRolloutText();
  const ready = readyStageIds.map((id) => text.stageNameById(stages, id));
  return (
    <>
      <span className={position.workingOnStageId === null ? undefined : 'progress-working'}>{text.position(stages, position)}</span>
      {ready.length > 0 ? (
        <span className="flag-ready">{t('rollout.ready.flag', { stages: ready.join(', '), count: ready.length })}</span>
      ) : null}
    </>
  );
}
