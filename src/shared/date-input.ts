// Dates typed into forms, in the UI language's own order whatever the browser's locale:
// 07.12.2026 in nb, 07/12/2026 in en (en-GB, as the app shows dates). An ISO date
// (2026-12-07, as pasted from a spreadsheet) is taken in both languages.
import { format, isValid, parse } from 'date-fns';
import type { Lang } from './types';

const PATTERN: Record<Lang, { write: string; read: string[] }> = {
  nb: { write: 'dd.MM.yyyy', read: ['d.M.yyyy', 'd.M.yy'] },
  en: { write: 'dd/MM/yyyy', read: ['d/M/yyyy', 'd/M/yy'] },
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
// Noon keeps a parsed calendar date on its day whatever the machine's zone.
const NOON = new Date(2000, 0, 1, 12);

/** The calendar date (YYYY-MM-DD) as the form shows it in this language. */
export function formatDateInput(lang: Lang, isoDate: string): string {
  if (!ISO.test(isoDate)) return isoDate;
  const date = parse(isoDate, 'yyyy-MM-dd', NOON);
  return isValid(date) ? format(date, PATTERN[lang].write) : isoDate;
}

/** What was typed, as a calendar date (YYYY-MM-DD), or null when it is not a real date. */
export function parseDateInput(lang: Lang, text: string): string | null {
  const typed = text.trim();
  if (typed === '') return null;
  const patterns = ISO.test(typed) ? ['yyyy-MM-dd'] : PATTERN[lang].read;
  for (const pattern of patterns) {
    const date = parse(typed, pattern, NOON);
    // date-fns accepts 31.02 as 3 March in no pattern, but checks the year's range only loosely.
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2200) return format(date, 'yyyy-MM-dd');
  }
  return null;
}
