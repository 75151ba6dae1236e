// Ordering the case list by the holding tier's next target: its due time (stored
// at each case write, due-store.ts) or its time left (counted up to now).
import type { CaseRow } from '../../shared/types-support';

export type CaseDue = Pick<CaseRow, 'dueTarget' | 'dueAt' | 'minutesLeft'>;

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
