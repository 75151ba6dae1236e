import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../shared/format';
import type { Lang } from '../../../shared/types';
import { formatMonth, formatRate } from '../../../shared/usage-format';

/** «Bruk»'s figures in the UI language; '–' where a figure has no base (no holders, no members, no target). */
export function useUsageFormat() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nb';
  return {
    number: (n: number) => formatNumber(lang, n),
    share: (s: number | null) => (s === null ? '–' : formatPercent(lang, s)),
    rate: (r: number | null) => (r === null ? '–' : formatRate(lang, r)),
    month: (m: string) => formatMonth(lang, m),
  };
}
