// Calendar dates for ownership rules. "Today" is the date in Europe/Oslo, so a
// role that ends at midnight Oslo time ends then, whatever the machine's zone.
import { addDays as addDaysFns, format, parseISO } from 'date-fns';

export { ORG_TIME_ZONE, osloDate } from '../../shared/dates';

/** Calendar arithmetic on YYYY-MM-DD strings (no time zone involved). */
export function addDays(date: string, days: number): string {
  return format(addDaysFns(parseISO(date), days), 'yyyy-MM-dd');
}

/** Held on `today`: start <= today < end (the end date is exclusive). */
export function isCurrent(startDate: string, endDate: string | null, today: string): boolean {
  return startDate <= today && (endDate === null || today < endDate);
}
