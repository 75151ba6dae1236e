// The holding tier's next target for the case list and the case screen: its
// first response until it has answered, then resolution. When it falls due
// comes from replaying the events (the stretches the tier held the case), and
// the time left from the clock counted up to now, both as the tier's policy
// counts (business hours or all hours), through business-time.ts.
import type { CaseRow, CaseState, SupportTier } from '../../shared/types-support';
import { dueAt, runningSegments, type ClockEvent, type ClockState, type TierPolicy } from './clocks';

export type CaseDue = Pick<CaseRow, 'dueTarget' | 'dueAt' | 'minutesLeft'>;

export function caseDue(state: CaseState, tier: SupportTier, soFar: ClockState, events: readonly ClockEvent[], policy: TierPolicy): CaseDue {
  if (state === 'resolved') return { dueTarget: null, dueAt: null, minutesLeft: null };
  const dueTarget = soFar.responseMinutes === null ? 'response' : 'resolution';
  const target = dueTarget === 'response' ? policy.firstResponseMinutes : policy.resolutionMinutes;
  const at = dueAt(runningSegments(events, tier), target, policy.businessHours);
  return { dueTarget, dueAt: at?.toISOString() ?? null, minutesLeft: target - soFar.heldMinutes };
}

/**
 * Orders rows by due time or time left, earliest / least first unless `desc`;
 * rows without one (resolved, or waiting with no due time) come last either way.
 * Ties keep the given order (newest first).
 */
export function sortByDue<T extends CaseDue>(rows: T[], by: 'due' | 'left', desc: boolean): T[] {
  const key = (r: T) => (by === 'due' ? (r.dueAt === null ? null : Date.parse(r.dueAt)) : r.minutesLeft);
  return [...rows].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
    return desc ? kb - ka : ka - kb;
  });
}
