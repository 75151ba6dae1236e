// Per-tier SLA clocks. Each tier that holds a case has its own clock: the
// response clock stops at the tier's first response, the held clock runs while
// the tier holds the case and it is not waiting for the user. A breach is thus
// charged to the tier that held the case. Pure functions; the case services
// store the results on case_tier_clock at every event.
import type { CaseEventKind, CaseState, SlaPolicyDto, SupportTier } from '../../shared/types-support';
import { SUPPORT_TIERS } from '../../shared/types-support';
import { addMinutes, countMinutes } from './business-time';

export type TierPolicy = Omit<SlaPolicyDto, 'tier'>;
export type Policies = Record<SupportTier, TierPolicy>;

export interface ClockState {
  responseMinutes: number | null;
  heldMinutes: number;
  responseBreached: boolean;
  resolutionBreached: boolean;
}

export function nextTier(tier: SupportTier): SupportTier | null {
  return SUPPORT_TIERS[SUPPORT_TIERS.indexOf(tier) + 1] ?? null;
}

export function isTier(value: string): value is SupportTier {
  return (SUPPORT_TIERS as readonly string[]).includes(value);
}

/**
 * The clock after `minutes` more of holding. Targets are breached when
 * exceeded; an unanswered tier breaches its response target by holding the
 * case that long. Flags never clear: held time only grows.
 */
export function runClock(clock: ClockState, minutes: number, policy: TierPolicy): ClockState {
  const heldMinutes = clock.heldMinutes + Math.max(0, minutes);
  return {
    responseMinutes: clock.responseMinutes,
    heldMinutes,
    responseBreached: clock.responseBreached || (clock.responseMinutes === null && heldMinutes > policy.firstResponseMinutes),
    resolutionBreached: clock.resolutionBreached || heldMinutes > policy.resolutionMinutes,
  };
}

/** The tier's first response, after the clock has been run up to it: waiting time stays out. */
export function answerClock(clock: ClockState, policy: TierPolicy): ClockState {
  return {
    ...clock,
    responseMinutes: clock.heldMinutes,
    responseBreached: clock.responseBreached || clock.heldMinutes > policy.firstResponseMinutes,
  };
}

export interface ClockEvent {
  at: Date;
  kind: CaseEventKind;
  toTier: SupportTier | null;
}

/** A stretch during which a tier's held clock ran; `end` null = still running. */
export interface Segment {
  start: Date;
  end: Date | null;
}

/**
 * Replays a case's events (in order) into the stretches when `tier` held it
 * and it was not waiting. Split at every event, as the stored clock is, so
 * counting the segments gives the stored minutes exactly.
 */
export function runningSegments(events: readonly ClockEvent[], tier: SupportTier): Segment[] {
  const segments: Segment[] = [];
  let holder: SupportTier | null = null;
  let state: CaseState | null = null;
  let start: Date | null = null;
  for (const e of events) {
    if (start) segments.push({ start, end: e.at });
    start = null;
    if (e.kind === 'opened' || e.kind === 'escalated') {
      holder = e.toTier;
      state = 'open';
    } else if (e.kind === 'waiting') state = 'waiting';
    else if (e.kind === 'resumed' || e.kind === 'reopened') state = 'open';
    else if (e.kind === 'resolved') state = 'resolved';
    if (state === 'open' && holder === tier) start = e.at;
  }
  if (start) segments.push({ start, end: null });
  return segments;
}

/**
 * When `target` minutes of holding are reached over the segments: in the
 * past if already reached, in the future if the last segment still runs,
 * null if the tier stopped holding the case (or is paused) short of it.
 */
export function dueAt(segments: readonly Segment[], target: number, businessHours: boolean): Date | null {
  let counted = 0;
  for (const { start, end } of segments) {
    if (end === null) return addMinutes(start, target - counted, businessHours);
    const minutes = countMinutes(start, end, businessHours);
    if (counted + minutes >= target) return addMinutes(start, target - counted, businessHours);
    counted += minutes;
  }
  return null;
}

/** The holding tier's clock counted up to `now`: the stored clock plus the running stretch since the last event. */
export function clockSoFar(clock: ClockState, state: CaseState, lastEventAt: Date, now: Date, policy: TierPolicy): ClockState {
  return state === 'open' ? runClock(clock, countMinutes(lastEventAt, now, policy.businessHours), policy) : clock;
}

/**
 * Overdue: an unresolved case whose holding tier, counted up to now, is past
 * its response target without having answered, or past its resolution target.
 * (A late answer already given is a breach on record, not a reason to escalate.)
 */
export function isOverdue(state: CaseState, soFar: ClockState, policy: TierPolicy): boolean {
  if (state === 'resolved') return false;
  return (soFar.responseMinutes === null && soFar.heldMinutes > policy.firstResponseMinutes) || soFar.heldMinutes > policy.resolutionMinutes;
}
