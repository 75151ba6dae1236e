// SLA time arithmetic. A tier's targets are counted either in business hours
// (Monday–Friday 08:00–16:00 Europe/Oslo, Norwegian public holidays excluded)
// or in all hours (real elapsed minutes, so a DST night is 23 or 25 hours).
// Business windows are computed per Oslo calendar day with the zone's own
// offsets (once per day, cached); 08:00–16:00 never contains a DST change (those
// happen at night). Long stretches are counted from per-year running sums of
// open time, not day by day.
import { TZDate } from '@date-fns/tz';
import Holidays from 'date-holidays';
import { ORG_TIME_ZONE, osloDate } from '../ownership/dates';

const MINUTE = 60_000;
const OPEN_HOUR = 8;
const CLOSE_HOUR = 16;

let holidayCalendar: Holidays | null = null;
const holidaysByYear = new Map<number, Set<string>>();

/** Norwegian public holidays of a year as YYYY-MM-DD, computed once per year. */
function publicHolidays(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    holidayCalendar ??= new Holidays('NO');
    days = new Set(holidayCalendar.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidaysByYear.set(year, days);
  }
  return days;
}

/** A calendar day, kept as UTC midnight so stepping a day is plain arithmetic. */
type Day = Date;

const dayOf = (instant: Date): Day => new Date(`${osloDate(instant)}T00:00:00Z`);
const nextDay = (day: Day): Day => new Date(day.getTime() + 86_400_000);

// Business windows by day (null = closed), cached: the same days come up again and again.
const windows = new Map<number, readonly [number, number] | null>();

/** The day's open window as epoch milliseconds, or null on weekends and public holidays. */
function businessWindow(day: Day): readonly [number, number] | null {
  const key = day.getTime();
  const cached = windows.get(key);
  if (cached !== undefined) return cached;
  const weekday = day.getUTCDay();
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
  const closed = weekday === 0 || weekday === 6 || publicHolidays(y).has(day.toISOString().slice(0, 10));
  const window = closed
    ? null
    : ([new TZDate(y, m, d, OPEN_HOUR, 0, ORG_TIME_ZONE).getTime(), new TZDate(y, m, d, CLOSE_HOUR, 0, ORG_TIME_ZONE).getTime()] as const);
  windows.set(key, window);
  return window;
}

const DAY = 86_400_000;

// Per year, the open milliseconds of the days before each day of it (index = day of the year),
// so a long stretch is counted with two look-ups instead of a step per day.
const openBefore = new Map<number, Float64Array>();

function yearPrefix(year: number): Float64Array {
  let prefix = openBefore.get(year);
  if (!prefix) {
    const first = Date.UTC(year, 0, 1);
    const days = Math.round((Date.UTC(year + 1, 0, 1) - first) / DAY);
    prefix = new Float64Array(days + 1);
    for (let i = 0; i < days; i++) {
      const window = businessWindow(new Date(first + i * DAY));
      prefix[i + 1] = (prefix[i] ?? 0) + (window ? window[1] - window[0] : 0);
    }
    openBefore.set(year, prefix);
  }
  return prefix;
}

/** Open milliseconds of the days of its year before `day`, and of whole years before that from `sinceYear`. */
function openMsBefore(day: Day, sinceYear: number): number {
  const year = day.getUTCFullYear();
  let ms = 0;
  for (let y = sinceYear; y < year; y++) ms += yearPrefix(y)[yearPrefix(y).length - 1] ?? 0;
  return ms + (yearPrefix(year)[Math.round((day.getTime() - Date.UTC(year, 0, 1)) / DAY)] ?? 0);
}

/** Open milliseconds of one day's window between two instants. */
function overlapOn(day: Day, start: number, end: number): number {
  const window = businessWindow(day);
  return window ? Math.max(0, Math.min(end, window[1]) - Math.max(start, window[0])) : 0;
}

/** Whole minutes from `from` to `to` (0 when `to` is not after `from`). */
export function countMinutes(from: Date, to: Date, businessHours: boolean): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  if (!businessHours) return Math.floor((end - start) / MINUTE);
  const first = dayOf(from);
  const last = dayOf(to);
  if (first.getTime() === last.getTime()) return Math.floor(overlapOn(first, start, end) / MINUTE);
  // The first and last days in part, the whole days between from the yearly sums.
  const between = openMsBefore(last, first.getUTCFullYear()) - openMsBefore(nextDay(first), first.getUTCFullYear());
  return Math.floor((overlapOn(first, start, end) + between + overlapOn(last, start, end)) / MINUTE);
}

/**
 * The instant at which `minutes` have been counted from `from`: the due time
 * of a target. The inverse of countMinutes: countMinutes(from, addMinutes(from, m)) = m.
 * A due time that lands exactly on closing time stays there rather than moving to the next morning.
 */
export function addMinutes(from: Date, minutes: number, businessHours: boolean): Date {
  if (minutes <= 0) return new Date(from.getTime());
  if (!businessHours) return new Date(from.getTime() + minutes * MINUTE);
  let remaining = minutes * MINUTE;
  for (let day = dayOf(from); ; day = nextDay(day)) {
    const window = businessWindow(day);
    if (!window) continue;
    const start = Math.max(from.getTime(), window[0]);
    const available = window[1] - start;
    if (available <= 0) continue;
    if (remaining <= available) return new Date(start + remaining);
    remaining -= available;
  }
}
