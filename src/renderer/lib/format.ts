// All number and date formatting in one place: the locale follows the UI
// language, and times are shown as they are in Norway whatever the machine says.
import { useTranslation } from 'react-i18next';
import { LOCALE_TAG, TIME_ZONE } from '../../shared/i18n';
import type { Lang } from '../../shared/types';

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

function cached<T>(map: Map<Lang, T>, lang: Lang, make: () => T): T {
  let value = map.get(lang);
  if (!value) {
    value = make();
    map.set(lang, value);
  }
  return value;
}

export function formatNumber(lang: Lang, value: number): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(LOCALE_TAG[lang])).format(value);
}

/** An instant (full ISO string) as date and time in Europe/Oslo. */
export function formatDateTime(lang: Lang, iso: string): string {
  const format = cached(dateTimeFormats, lang, () =>
    new Intl.DateTimeFormat(LOCALE_TAG[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }),
  );
  return format.format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD); noon UTC keeps it on the same day in Oslo. */
export function formatDate(lang: Lang, isoDate: string): string {
  const format = cached(dateFormats, lang, () => new Intl.DateTimeFormat(LOCALE_TAG[lang], { dateStyle: 'long', timeZone: TIME_ZONE }));
  return format.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

export interface Formatters {
  number: (value: number) => string;
  dateTime: (iso: string) => string;
  date: (isoDate: string) => string;
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nb';
  return {
    number: (value) => formatNumber(lang, value),
    dateTime: (iso) => formatDateTime(lang, iso),
    date: (isoDate) => formatDate(lang, isoDate),
  };
}
