// Calendar dates as the organization lives them: in Europe/Oslo, whatever the
// machine's time zone. Shared by the core's rules and the renderer's defaults.
import { TZDate } from '@date-fns/tz';
import { addDays as addDaysFns, format, parseISO } from 'date-fns';

export const ORG_TIME_ZONE = 'Europe/Oslo';

/** YYYY-MM-DD in Europe/Oslo for an instant (now, by default). */
export function osloDate(instant: Date = new Date()): string {
  return format(new TZDate(instant.getTime(), ORG_TIME_ZONE), 'yyyy-MM-dd');
}

/**
 * Calendar arithmetic on YYYY-MM-DD strings. parseISO reads a date-only string
 * as local midnight and format writes it back in the same zone, so no zone
 * offset can move the day; addDays counts calendar days, not 24-hour spans.
 */
export function addDays(date: string, days: number): string {
  return format(addDaysFns(parseISO(date), days), 'yyyy-MM-dd');
}

// An assignment's end is stored exclusive (held while start <= day < end), so a
// period is a half-open range that compares and abuts cleanly. People think in
// the last day the role is held, inclusive; forms, displays, exports and imports
// speak that, and these two convert at the edge.

/** The last day a role is held, for its stored exclusive end (2027-03-01 → 2027-02-28). */
export function lastDayHeld(exclusiveEnd: string): string;
export function lastDayHeld(exclusiveEnd: string | null): string | null;
export function lastDayHeld(exclusiveEnd: string | null): string | null {
  return exclusiveEnd === null ? null : addDays(exclusiveEnd, -1);
}

/** The exclusive end to store for the last day a role is held (2028-02-29 → 2028-03-01). */
export function exclusiveEnd(lastDay: string): string;
export function exclusiveEnd(lastDay: string | null): string | null;
export function exclusiveEnd(lastDay: string | null): string | null {
  return lastDay === null ? null : addDays(lastDay, 1);
}
