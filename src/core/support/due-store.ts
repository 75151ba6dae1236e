// The holding tier's due times, stored on support_case at every case write so
// the case list reads them with an index instead of replaying every open case's
// events at read time. The instants come from the same replay and business-time
// arithmetic as the case screen (clocks.ts, business-time.ts); this file only
// decides when to work them out and where to keep them.
import type { EntityManager } from 'typeorm';
import type { CaseState, SupportTier } from '../../shared/types-support';
import { dialectOf, jsonIds } from '../db/sql';
import { addMinutes } from './business-time';
import { dueAt, runningSegments, type ClockEvent, type ClockState, type Policies, type TierPolicy } from './clocks';
import { fromStored, loadPolicies, toStored } from './cases-policy';

export interface StoredDue {
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  overdueAt: Date | null;
}

const NONE: StoredDue = { responseDueAt: null, resolutionDueAt: null, overdueAt: null };

/**
 * From when the case counts as overdue (clocks.ts isOverdue): its stored clock, as
 * of the last event, plus the minutes since then passes a target by a whole minute.
 * A paused case only is overdue if it already was; it does not become so by waiting.
 */
function overdueFrom(state: CaseState, clock: ClockState, lastAt: Date, policy: TierPolicy): Date | null {
  const target = Math.min(policy.resolutionMinutes, clock.responseMinutes === null ? policy.firstResponseMinutes : Infinity);
  const more = target - clock.heldMinutes + 1;
  if (state === 'open') return addMinutes(lastAt, more, policy.businessHours);
  return more <= 0 ? lastAt : null;
}

/** The due times of a case from its holding clock and its events in order (at least the opening one). */
export function dueTimes(state: CaseState, tier: SupportTier, clock: ClockState, events: readonly ClockEvent[], policy: TierPolicy): StoredDue {
  const last = events[events.length - 1];
  if (state === 'resolved' || !last) return NONE;
  const segments = runningSegments(events, tier);
  return {
    responseDueAt: clock.responseMinutes === null ? dueAt(segments, policy.firstResponseMinutes, policy.businessHours) : null,
    resolutionDueAt: dueAt(segments, policy.resolutionMinutes, policy.businessHours),
    overdueAt: overdueFrom(state, clock, last.at, policy),
  };
}

interface OpenCase {
  id: number;
  tier: SupportTier;
  state: CaseState;
  responseMinutes: number | null;
  heldMinutes: number;
  responseBreached: number | boolean;
  resolutionBreached: number | boolean;
}

const SELECT_OPEN = `SELECT c.id AS id, c.tier AS tier, c.state AS state, k.response_minutes AS "responseMinutes", k.held_minutes AS "heldMinutes",
  k.response_breached AS "responseBreached", k.resolution_breached AS "resolutionBreached"
  FROM support_case c JOIN case_tier_clock k ON k.case_id = c.id AND k.tier = c.tier`;

/** Cases per statement when due times are stored in bulk: a few bound values each. */
const CHUNK = 200;

async function storeDue(em: EntityManager, cases: readonly OpenCase[], policies: Policies): Promise<void> {
  for (let start = 0; start < cases.length; start += CHUNK) {
    const batch = cases.slice(start, start + CHUNK);
    const rows: Array<{ caseId: number; at: string; kind: ClockEvent['kind']; toTier: SupportTier | null }> = await em.query(
      `SELECT case_id AS "caseId", at, kind, to_tier AS "toTier" FROM case_event WHERE case_id IN ${jsonIds(dialectOf(em))} ORDER BY case_id, at, id`,
      [JSON.stringify(batch.map((c) => c.id))],
    );
    const events = new Map<number, ClockEvent[]>();
    for (const e of rows) {
      const list = events.get(e.caseId) ?? [];
      list.push({ at: fromStored(e.at), kind: e.kind, toTier: e.toTier });
      events.set(e.caseId, list);
    }
    for (const c of batch) {
      const clock: ClockState = {
        responseMinutes: c.responseMinutes, heldMinutes: c.heldMinutes,
        responseBreached: Boolean(c.responseBreached), resolutionBreached: Boolean(c.resolutionBreached),
      };
      const due = dueTimes(c.state, c.tier, clock, events.get(c.id) ?? [], policies[c.tier]);
      const stored = (d: Date | null) => (d === null ? null : toStored(d));
      await em.query('UPDATE support_case SET response_due_at = ?, resolution_due_at = ?, overdue_at = ? WHERE id = ?', [
        stored(due.responseDueAt), stored(due.resolutionDueAt), stored(due.overdueAt), c.id,
      ]);
    }
  }
}

/** Brings one case's due times up to date: called after each of its events is written. */
export async function refreshDue(em: EntityManager, caseId: number): Promise<void> {
  const cases: OpenCase[] = await em.query(`${SELECT_OPEN} WHERE c.id = ?`, [caseId]);
  await storeDue(em, cases, await loadPolicies(em));
}

/**
 * Every case's due times from its events: after an SLA policy changes, when the
 * migration adds the columns, and in `forankring rebuild-figures`.
 */
export async function rebuildDue(em: EntityManager): Promise<void> {
  await em.query(`UPDATE support_case SET response_due_at = NULL, resolution_due_at = NULL, overdue_at = NULL WHERE state = 'resolved'`);
  const cases: OpenCase[] = await em.query(`${SELECT_OPEN} WHERE c.state IN ('open', 'waiting') ORDER BY c.id`);
  await storeDue(em, cases, await loadPolicies(em));
}
