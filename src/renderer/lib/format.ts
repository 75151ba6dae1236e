// The renderer's formatters: the shared ones (src/shared/format.ts), bound to the UI language.
import { useTranslation } from 'react-i18next';
import { lastDayHeld } from '../../shared/dates';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import type { Lang } from '../../shared/types';

export { formatDate, formatDateTime, formatNumber } from '../../shared/format';

export interface Formatters {
  number: (value: number) => string;
  dateTime: (iso: string) => string;
  date: (isoDate: string) => string;
  /** A stored (exclusive) role end, shown as the last day the role is held. */
  lastDay: (exclusiveEnd: string) => string;
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nb';
  return {
    number: (value) => formatNumber(lang, value),
    dateTime: (iso) => formatDateTime(lang, iso),
    date: (isoDate) => formatDate(lang, isoDate),
    lastDay: (exclusiveEnd) => formatDate(lang, lastDayHeld(exclusiveEnd)),
  };
}
