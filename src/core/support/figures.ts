// What one case adds to the daily support rollups (support_day and its histogram
// and problem tables), as plain data: the rollups are always the sum of these
// contributions over every case, whether kept up to date write by write
// (figures-store.ts applies after − before) or rebuilt from scratch.
import type { SupportTier } from '../../shared/types-support';
import { osloDate } from '../ownership/dates';

/**
 * Width of a histogram bucket in minutes. A percentile read from the rollups is the
 * middle of the bucket its rank falls in, so it is within half a bucket (2 minutes)
 * of the exact value; support/metrics.ts uses the exact method for short periods.
 */
export const BUCKET_MINUTES = 5;

export const bucketOf = (minutes: number): number => Math.floor(minutes / BUCKET_MINUTES);
export const bucketValue = (bucket: number): number => bucket * BUCKET_MINUTES + Math.floor(BUCKET_MINUTES / 2);

export interface CaseFacts {
  id: number;
  unitId: number;
  /** The stored instant, as read back. */
  openedAt: Date;
  state: string;
  resolvedTier: SupportTier | null;
  problemId: number | null;
}

export interface ClockFacts {
  caseId: number;
  tier: SupportTier;
  responseMinutes: number | null;
  heldMinutes: number;
  responseBreached: boolean;
  resolutionBreached: boolean;
}

export const DAY_COUNTS = ['opened', 'solved', 'reached', 'responseBreaches', 'resolutionBreaches', 'responses', 'responseMinutes', 'resolutionMinutes'] as const;
export type DayCounts = Record<(typeof DAY_COUNTS)[number], number>;

/** Sums keyed by day|unit|tier, day|unit|tier|measure|bucket and day|unit|problem (0 = none). */
export interface Figures {
  days: Map<string, DayCounts>;
  minutes: Map<string, number>;
  problems: Map<string, number>;
}

export const emptyFigures = (): Figures => ({ days: new Map(), minutes: new Map(), problems: new Map() });

const zero = (): DayCounts => ({ opened: 0, solved: 0, reached: 0, responseBreaches: 0, resolutionBreaches: 0, responses: 0, responseMinutes: 0, resolutionMinutes: 0 });

function addDay(f: Figures, key: string, counts: Partial<DayCounts>, sign: number): void {
  const row = f.days.get(key) ?? zero();
  for (const [name, n] of Object.entries(counts) as Array<[keyof DayCounts, number]>) row[name] += sign * n;
  f.days.set(key, row);
}

// Oslo's offset is whole hours and changes only at night: the date of an instant is
// worked out once per UTC hour (date formatting costs tens of microseconds a call).
const datesByHour = new Map<number, string>();
function osloDay(instant: Date): string {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  let day = datesByHour.get(hour);
  if (day === undefined) {
    day = osloDate(new Date(hour * 3_600_000));
    if (datesByHour.size > 100_000) datesByHour.clear();
    datesByHour.set(hour, day);
  }
  return day;
}

const bump = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/**
 * Adds (sign 1) or takes away (sign −1) one case's figures. A case counts as opened
 * under 'chapter' (every case opens there), as solved under the tier that solved it,
 * with its resolution time (every tier's held minutes); each tier it reached adds its
 * clock. The day is the Oslo date it was opened: the metrics count cases by that date.
 */
export function addCase(f: Figures, c: CaseFacts, clocks: readonly ClockFacts[], sign = 1): void {
  const day = osloDay(c.openedAt);
  const at = (tier: string) => `${day}|${c.unitId}|${tier}`;
  addDay(f, at('chapter'), { opened: 1 }, sign);
  bump(f.problems, `${day}|${c.unitId}|${c.problemId ?? 0}`, sign);
  for (const k of clocks) {
    addDay(f, at(k.tier), {
      reached: 1,
      responseBreaches: Number(k.responseBreached),
      resolutionBreaches: Number(k.resolutionBreached),
      responses: k.responseMinutes === null ? 0 : 1,
      responseMinutes: k.responseMinutes ?? 0,
    }, sign);
    if (k.responseMinutes !== null) bump(f.minutes, `${at(k.tier)}|response|${bucketOf(k.responseMinutes)}`, sign);
  }
  if (c.state === 'resolved' && c.resolvedTier !== null) {
    const minutes = clocks.reduce((sum, k) => sum + k.heldMinutes, 0);
    addDay(f, at(c.resolvedTier), { solved: 1, resolutionMinutes: minutes }, sign);
    bump(f.minutes, `${at(c.resolvedTier)}|resolution|${bucketOf(minutes)}`, sign);
  }
}
