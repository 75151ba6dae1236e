// Charts place calendar dates on a numeric axis: a date becomes its number of
// days since 1970-01-01, so a range of dates is a range of numbers.
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

const EPOCH = parseISO('1970-01-01');

export function dayNumber(isoDate: string): number {
  return differenceInCalendarDays(parseISO(isoDate.slice(0, 10)), EPOCH);
}

export function isoFromDayNumber(day: number): string {
  return format(addDays(EPOCH, Math.round(day)), 'yyyy-MM-dd');
}
