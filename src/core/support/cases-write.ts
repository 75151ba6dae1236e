// Opening a case and moving it through its events. Every event writes a
// case_event row and brings the tier clocks up to date in the caller's
// transaction, so the stored clocks always agree with the event history.
import type { EntityManager } from 'typeorm';
import type { CaseEventKind, CaseState, SupportTier } from '../../shared/types-support';
import { CaseEvent, CaseTierClock, Problem, SupportCase, Unit } from '../db/entities';
import { AppError, notFound } from '../errors';
import { resolveActor } from '../rollout/actor';
import { countMinutes } from '../support/business-time';
import { answerClock, isTier, nextTier, runClock, type ClockState } from './clocks';
import { caseStateError, lastEventAt, loadPolicies } from './cases-policy';

export interface OpenCaseInput {
  unitId: number;
  reporterName: string;
  reporterContact: string;
  problemId: number | null;
  description: string;
}

async function writeEvent(
  em: EntityManager,
  caseId: number,
  at: Date,
  kind: CaseEventKind,
  tiers: { from: SupportTier | null; to: SupportTier | null },
  note: string,
): Promise<void> {
  await em.insert(CaseEvent, { caseId, at, kind, fromTier: tiers.from, toTier: tiers.to, note, actor: await resolveActor(em) });
}

async function startClock(em: EntityManager, caseId: number, tier: SupportTier, at: Date): Promise<void> {
  await em.insert(CaseTierClock, { caseId, tier, arrivedAt: at, responseMinutes: null, heldMinutes: 0, responseBreached: false, resolutionBreached: false });
}

export async function openCase(em: EntityManager, input: OpenCaseInput, now: Date): Promise<number> {
  const unit = await em.findOneBy(Unit, { id: input.unitId });
  if (!unit) throw notFound('unit', input.unitId);
  if (unit.archived) throw new AppError('UNIT_ARCHIVED', `Unit ${unit.code} is archived`, { code: unit.code, name: unit.name });
  if (input.problemId !== null && !(await em.existsBy(Problem, { id: input.problemId }))) throw notFound('problem', input.problemId);
  const { identifiers } = await em.insert(SupportCase, {
    ...input, tier: 'chapter', state: 'open', openedAt: now, resolvedAt: null, resolvedTier: null, resolution: '',
  });
  const id = Number(identifiers[0]?.id);
  await startClock(em, id, 'chapter', now);
  await writeEvent(em, id, now, 'opened', { from: null, to: 'chapter' }, '');
  return id;
}

export type CaseAction =
  | { kind: 'first_response'; note: string }
  | { kind: 'escalated'; note: string }
  | { kind: 'waiting'; note: string }
  | { kind: 'resumed'; note: string }
  | { kind: 'resolved'; note: string }
  | { kind: 'reopened'; note: string };

/** The states each event may happen in. Escalating a waiting case is allowed: the next tier takes it up. */
const ALLOWED: Record<CaseAction['kind'], readonly CaseState[]> = {
  first_response: ['open'],
  escalated: ['open', 'waiting'],
  waiting: ['open'],
  resumed: ['waiting'],
  resolved: ['open', 'waiting'],
  reopened: ['resolved'],
};

const clockOf = (row: CaseTierClock): ClockState => ({
  responseMinutes: row.responseMinutes,
  heldMinutes: row.heldMinutes,
  responseBreached: Boolean(row.responseBreached),
  resolutionBreached: Boolean(row.resolutionBreached),
});

export async function applyCaseAction(em: EntityManager, caseId: number, action: CaseAction, now: Date): Promise<void> {
  const c = await em.findOneBy(SupportCase, { id: caseId });
  if (!c) throw notFound('case', caseId);
  const state = c.state as CaseState;
  const tier = c.tier;
  if (!isTier(tier)) throw new Error(`case ${caseId} has an unknown tier ${tier}`);
  if (!ALLOWED[action.kind].includes(state)) throw caseStateError(state);

  const row = await em.findOneBy(CaseTierClock, { caseId, tier });
  if (!row) throw new Error(`case ${caseId} has no clock for its tier ${tier}`);
  const policy = (await loadPolicies(em))[tier];
  // Settle the stretch since the last event first: every event splits the clock.
  let clock = clockOf(row);
  if (state === 'open') {
    const since = (await lastEventAt(em, caseId)) ?? c.openedAt;
    clock = runClock(clock, countMinutes(since, now, policy.businessHours), policy);
  }

  let to: SupportTier | null = tier;
  switch (action.kind) {
    case 'first_response':
      if (clock.responseMinutes !== null) throw caseStateError(state, { responded: true });
      clock = answerClock(clock, policy);
      break;
    case 'escalated': {
      to = nextTier(tier);
      if (to === null) throw caseStateError(state, { tier });
      c.tier = to;
      c.state = 'open';
      await startClock(em, caseId, to, now);
      break;
    }
    case 'waiting':
      c.state = 'waiting';
      break;
    case 'resumed':
      c.state = 'open';
      break;
    case 'resolved':
      Object.assign(c, { state: 'resolved', resolvedAt: now, resolvedTier: tier, resolution: action.note });
      break;
    case 'reopened':
      // Back at the tier that solved it; its held clock continues from where it stopped.
      Object.assign(c, { state: 'open', resolvedAt: null, resolvedTier: null, resolution: '' });
      break;
  }
  await em.update(CaseTierClock, { id: row.id }, clock);
  await em.update(SupportCase, { id: caseId }, {
    tier: c.tier, state: c.state, resolvedAt: c.resolvedAt, resolvedTier: c.resolvedTier, resolution: c.resolution,
  });
  await writeEvent(em, caseId, now, action.kind, { from: tier, to }, action.note);
}
