// «Bruk»'s own words for figures, shared by the screen and the reports: a month as the
// language writes it, and a sign-ins figure with up to two decimals.
import { LOCALE_TAG } from './i18n/locale';
import type { Lang } from './types';

/** YYYY-MM as «mars 2026» / "March 2026". The month is a calendar month, so no zone can move it. */
export function formatMonth(lang: Lang, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

export function formatRate(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALE_TAG[lang], { maximumFractionDigits: 2 }).format(value);
}
