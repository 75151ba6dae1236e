// Calendar dates for ownership rules. "Today" is the date in Europe/Oslo, so a
// role that ends at midnight Oslo time ends then, whatever the machine's zone.
export { addDays, exclusiveEnd, lastDayHeld, ORG_TIME_ZONE, osloDate } from '../../shared/dates';

/** Held on `today`: start <= today < end (the end date is exclusive). */
export function isCurrent(startDate: string, endDate: string | null, today: string): boolean {
  return startDate <= today && (endDate === null || today < endDate);
}
