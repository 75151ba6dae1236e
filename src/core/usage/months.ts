// Months as the organization lives them: YYYY-MM in Europe/Oslo. A usage export's month
// is a calendar month; "this month" is the Oslo month of today, whatever the machine's zone.
import { osloDate } from '../../shared/dates';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function osloMonth(instant: Date): string {
  return osloDate(instant).slice(0, 7);
}

/** The month of an Oslo calendar date (YYYY-MM-DD). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The `count` months up to and including `last`, oldest first. */
export function monthsUpTo(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

/**
 * A month cell as CRM exports write it: 2026-03, 2026-3, 03.2026, 3/2026, or a date in the
 * month (2026-03-01, as an Excel date cell reads). undefined: not a month.
 */
export function parseMonth(cell: string): string | undefined {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2}(?:[T ].*)?)?$/.exec(text);
  const local = /^(\d{1,2})[./](\d{4})$/.exec(text);
  const [year, month] = iso ? [iso[1], iso[2]] : local ? [local[2], local[1]] : [undefined, undefined];
  if (year === undefined || month === undefined) return undefined;
  const value = `${year}-${month.padStart(2, '0')}`;
  return MONTH.test(value) && Number(year) >= 1900 ? value : undefined;
}
