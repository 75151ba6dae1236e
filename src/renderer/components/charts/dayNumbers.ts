// Charts place calendar dates on a numeric axis: a date becomes its number of
// days since 1970-01-01, so a range of dates is a range of numbers.
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';

const EPOCH = parseISO('1970-01-01');

export function dayNumber(isoDate: string): number {
  return differenceInCalendarDays(parseISO(isoDate.slice(0, 10)), EPOCH);
}

export function isoFromDayNumber(day: number): string {
  return format(addDays(EPOCH, Math.round(day)), 'yyyy-MM-dd');
}

/**
 * Day numbers of the first of each month from `first` to `last`, for month gridlines. Over
 * a long span every second, third, sixth or twelfth month, so at most about a dozen lines.
 */
export function monthStarts(first: number, last: number): number[] {
  const start = parseISO(`${isoFromDayNumber(first).slice(0, 7)}-01`);
  const months: number[] = [];
  for (let m = 0; ; m++) {
    const day = differenceInCalendarDays(addMonths(start, m), EPOCH);
    if (day > last) break;
    if (day >= first) months.push(day);
  }
  const every = [1, 2, 3, 6, 12].find((n) => months.length / n <= 12) ?? 12;
  return months.filter((_, i) => i % every === 0);
}
