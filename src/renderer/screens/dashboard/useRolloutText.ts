import { useTranslation } from 'react-i18next';
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
  };
}
