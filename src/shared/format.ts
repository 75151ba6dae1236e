// All number and date formatting in one place, for the renderer and the
// reports alike: the locale follows the language, and dates and times are
// shown as they are in Norway whatever the machine says.
import { LOCALE_TAG, TIME_ZONE } from './i18n/locale';
import type { Lang } from './types';

type Cache<T> = Map<Lang, T>;

function cached<T>(map: Cache<T>, lang: Lang, make: () => T): T {
  let value = map.get(lang);
  if (!value) {
    value = make();
    map.set(lang, value);
  }
  return value;
}

const numberFormats: Cache<Intl.NumberFormat> = new Map();
const decimalFormats: Cache<Intl.NumberFormat> = new Map();
const percentFormats: Cache<Intl.NumberFormat> = new Map();
const dateTimeFormats: Cache<Intl.DateTimeFormat> = new Map();
const dateFormats: Cache<Intl.DateTimeFormat> = new Map();
const shortDateFormats: Cache<Intl.DateTimeFormat> = new Map();

export function formatNumber(lang: Lang, value: number): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(LOCALE_TAG[lang])).format(value);
}

/** One decimal, always shown: 2,0 and 2,5 line up in a column. */
export function formatDecimal(lang: Lang, value: number): string {
  return cached(decimalFormats, lang, () => new Intl.NumberFormat(LOCALE_TAG[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(value);
}

/** A share 0..1 as a percentage with at most one decimal: "42,5 %" in nb, "42.5%" in en. */
export function formatPercent(lang: Lang, share: number): string {
  return cached(percentFormats, lang, () => new Intl.NumberFormat(LOCALE_TAG[lang], { style: 'percent', maximumFractionDigits: 1 })).format(share);
}

/** An instant (full ISO string) as date and time in Europe/Oslo. */
export function formatDateTime(lang: Lang, iso: string): string {
  const format = cached(dateTimeFormats, lang, () =>
    new Intl.DateTimeFormat(LOCALE_TAG[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }),
  );
  return format.format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) in words; noon UTC keeps it on the same day in Oslo. */
export function formatDate(lang: Lang, isoDate: string): string {
  const format = cached(dateFormats, lang, () => new Intl.DateTimeFormat(LOCALE_TAG[lang], { dateStyle: 'long', timeZone: TIME_ZONE }));
  return format.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/** A calendar date in digits for table cells: 22.11.2026 in nb, 22/11/2026 in en. */
export function formatShortDate(lang: Lang, isoDate: string): string {
  const format = cached(shortDateFormats, lang, () => new Intl.DateTimeFormat(LOCALE_TAG[lang], { dateStyle: 'short', timeZone: TIME_ZONE }));
  return format.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}
