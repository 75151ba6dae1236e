import { useTranslation } from 'react-i18next';
import { positionText } from '../../../shared/progress';
import type { ProgressPosition, StageDto, StageState } from '../../../shared/types-rollout';
import type { Lang } from '../../../shared/types';

export interface RolloutText {
  lang: Lang;
  /** A stage's name in the UI language (stages carry both). */
  stageName: (stage: Pick<StageDto, 'nameNb' | 'nameEn'>) => string;
  stageDescription: (stage: Pick<StageDto, 'descriptionNb' | 'descriptionEn'>) => string;
  /** The name of the stage with this id, or a placeholder when it has been deleted. */
  stageNameById: (stages: readonly StageDto[] | undefined, id: number | null) => string;
  stateLabel: (state: StageState) => string;
  /** Where a unit stands by what is done: "Not started", "Done through X, working on Y" … */
  position: (stages: readonly StageDto[] | undefined, position: ProgressPosition) => string;
}

export function useRolloutText(): RolloutText {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nb';
  const stageName = (stage: Pick<StageDto, 'nameNb' | 'nameEn'>) => (lang === 'en' ? stage.nameEn : stage.nameNb);
  const stageNameById = (stages: readonly StageDto[] | undefined, id: number | null): string => {
    if (id === null) return t('common:progress.complete');
    const stage = stages?.find((s) => s.id === id);
    return stage ? stageName(stage) : t('rollout.unknownStage');
  };
  return {
    lang,
    stageName,
    stageDescription: (stage) => (lang === 'en' ? stage.descriptionEn : stage.descriptionNb),
    stageNameById,
    stateLabel: (state) => t(`rollout.state.${state}`),
    position: (stages, position) => positionText(t, position, (id) => stageNameById(stages, id)),
  };
}
