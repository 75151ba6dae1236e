// The role-end fields of the forms. People type the last day they hold the
// role; the API takes the stored, exclusive end (see src/shared/dates.ts).
import { addDays, exclusiveEnd } from '../../shared/dates';

/** The end to send for what the field holds: '' means no end. */
export function endFromLastDay(lastDay: string): string | null {
  return lastDay === '' ? null : exclusiveEnd(lastDay);
}

/**
 * A last day fits a start when it is on or after it: a role whose last day is
 * its first is held for one day. An empty field (no end) always fits, and so
 * does a start not yet given, which its own field reports.
 */
export function lastDayFits(lastDay: string, start: string): boolean {
  return lastDay === '' || start === '' || lastDay >= start;
}

/**
 * What the end dialog proposes: yesterday, so the role is no longer held from
 * today, as "end it now" means; but never before the start, which would be no
 * day at all; then the start itself, a one-day role.
 */
export function proposedLastDay(today: string, startDate: string): string {
  const yesterday = addDays(today, -1);
  return yesterday < startDate ? startDate : yesterday;
}
