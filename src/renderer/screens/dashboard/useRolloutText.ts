import { useTranslation } from 'react-i18next';
import type { StageDto } from '../../../shared/types-rollout';
import type { Lang } from '../../../shared/types';
import { useFormat } from '../../lib/format';

interface Named {
  nameNb: string;
  nameEn: string;
}

export interface RolloutText {
  lang: Lang;
  /** A stage's or training type's name in the UI language. */
  name: (item: Named) => string;
  /** A share 0..1 as a whole percent in the UI language ("42 %" / "42%"). */
  percent: (share: number) => string;
  /** The current stage's name, "all done" for null, "–" when the stage is unknown. */
  stageName: (stages: readonly StageDto[] | undefined, stageId: number | null) => string;
}

export function useRolloutText(): RolloutText {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nb';
  const name = (item: Named) => (lang === 'en' ? item.nameEn : item.nameNb);
  return {
    lang,
    name,
    percent: (share) => t('dashboard.percent', { n: format.number(Math.round(share * 100)) }),
    stageName: (stages, stageId) => {
      if (stageId === null) return t('dashboard.allDone');
      const stage = stages?.find((s) => s.id === stageId);
      return stage ? name(stage) : '–';
    },
  };
}
