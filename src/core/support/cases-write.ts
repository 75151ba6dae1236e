// Opening a case and moving it through its events. Every event writes a
// case_event row and brings the tier clocks up to date in the caller's
// transaction, so the stored clocks always agree with the event history; then
// the case's due times are stored from them (due-store.ts) and its daily
// rollups moved by what changed (figures-store.ts).
import type { EntityManager } from 'typeorm';
import type { CaseEventKind, CaseState, SupportTier } from '../../shared/types-support';
import { CaseEvent, CaseTierClock, Problem, SupportCase, Unit } from '../db/entities';
import { AppError, notFound } from '../errors';
import { resolveActor } from '../rollout/actor';
import { countMinutes } from '../support/business-time';
import { answerClock, isTier, nextTier, runClock, type ClockState } from './clocks';
import { caseStateError, lastEventAt, loadPolicies } from './cases-policy';
import { refreshDue } from './due-store';
import { emptyFigures } from './figures';
import { figuresBefore, storeFiguresAfter } from './figures-store';
import { lookupProblems } from './lookup';

export interface OpenCaseInput {
  unitId: number;
  reporterName: string;
  reporterContact: string;
  problemId: number | null;
  /** The error message pasted in login help, if the case comes from there; it opens the description. */
  errorText: string;
  description: string;
}

export async function writeEvent(
  em: EntityManager,
  caseId: number,
  at: Date,
  kind: CaseEventKind,
  tiers: { from: SupportTier | null; to: SupportTier | null },
  note: string,
  detail: object = {},
): Promise<void> {
  await em.insert(CaseEvent, {
    caseId, at, kind, fromTier: tiers.from, toTier: tiers.to, note, actor: await resolveActor(em), detail: JSON.stringify(detail),
  });
}

/** A live unit, or NOT_FOUND / UNIT_ARCHIVED: where a case may be opened or moved to. */
export async function caseUnit(em: EntityManager, unitId: number): Promise<Unit> {
  const unit = await em.findOneBy(Unit, { id: unitId });
  if (!unit) throw notFound('unit', unitId);
  if (unit.archived) throw new AppError('UNIT_ARCHIVED', `Unit ${unit.code} is archived`, { code: unit.code, name: unit.name });
  return unit;
}

/**
 * "No problem chosen" is for errors nothing in the catalog matches: when the
 * pasted error matches a guide, the case must name a problem (the top match
 * unless the user picked another).
 */
async function checkProblemChosen(em: EntityManager, input: OpenCaseInput): Promise<void> {
  if (input.problemId !== null || input.errorText.trim() === '') return;
  const [top] = await lookupProblems(em, input.errorText);
  if (top) {
    throw new AppError('PROBLEM_REQUIRED', `The error matches problem ${top.problem.id}`, {
      field: 'problemId', problemId: top.problem.id, titleNb: top.problem.titleNb, titleEn: top.problem.titleEn,
    });
  }
}

async function startClock(em: EntityManager, caseId: number, tier: SupportTier, at: Date): Promise<void> {
  await em.insert(CaseTierClock, { caseId, tier, arrivedAt: at, responseMinutes: null, heldMinutes: 0, responseBreached: false, resolutionBreached: false });
}

export async function openCase(em: EntityManager, input: OpenCaseInput, now: Date): Promise<number> {
  await caseUnit(em, input.unitId);
  if (input.problemId !== null && !(await em.existsBy(Problem, { id: input.problemId }))) throw notFound('problem', input.problemId);
  await checkProblemChosen(em, input);
  const { errorText, description, ...fields } = input;
  const { identifiers } = await em.insert(SupportCase, {
    ...fields,
    description: [errorText.trim(), description.trim()].filter((part) => part !== '').join('\n\n'),
    tier: 'chapter', state: 'open', openedAt: now, resolvedAt: null, resolvedTier: null, resolution: '',
  });
  const id = Number(identifiers[0]?.id);
  await startClock(em, id, 'chapter', now);
  await writeEvent(em, id, now, 'opened', { from: null, to: 'chapter' }, '');
  await refreshDue(em, id);
  await storeFiguresAfter(em, emptyFigures(), id);
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

/**
 * The holding tier's clock run up to `now`, to be stored with the event about
 * to be written: every event splits the clock, so the stored minutes always
 * equal the stretches replayed from the events.
 */
export async function settleClock(em: EntityManager, c: SupportCase, now: Date) {
  const tier = c.tier;
  if (!isTier(tier)) throw new Error(`case ${c.id} has an unknown tier ${tier}`);
  const row = await em.findOneBy(CaseTierClock, { caseId: c.id, tier });
  if (!row) throw new Error(`case ${c.id} has no clock for its tier ${tier}`);
  const policy = (await loadPolicies(em))[tier];
  let clock = clockOf(row);
  if (c.state === 'open') {
    const since = (await lastEventAt(em, c.id)) ?? c.openedAt;
    clock = runClock(clock, countMinutes(since, now, policy.businessHours), policy);
  }
  return { tier, rowId: row.id, policy, clock };
}

export async function applyCaseAction(em: EntityManager, caseId: number, action: CaseAction, now: Date): Promise<void> {
  const c = await em.findOneBy(SupportCase, { id: caseId });
  if (!c) throw notFound('case', caseId);
  const state = c.state as CaseState;
  if (!ALLOWED[action.kind].includes(state)) throw caseStateError(state);
  const figures = await figuresBefore(em, caseId);
  const settled = await settleClock(em, c, now);
  const { tier, policy } = settled;
  let clock = settled.clock;

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
      // Solving it is the tier's answer: a tier that resolves without a separate first response
      // responded when it resolved, and its clock row, the case screen and the metrics say so.
      if (clock.responseMinutes === null) clock = answerClock(clock, policy);
      Object.assign(c, { state: 'resolved', resolvedAt: now, resolvedTier: tier, resolution: action.note });
      break;
    case 'reopened':
      // Back at the tier that solved it; its held clock continues from where it stopped.
      Object.assign(c, { state: 'open', resolvedAt: null, resolvedTier: null, resolution: '' });
      break;
  }
  await em.update(CaseTierClock, { id: settled.rowId }, clock);
  await em.update(SupportCase, { id: caseId }, {
    tier: c.tier, state: c.state, resolvedAt: c.resolvedAt, resolvedTier: c.resolvedTier, resolution: c.resolution,
  });
  await writeEvent(em, caseId, now, action.kind, { from: tier, to }, action.note);
  await refreshDue(em, caseId);
  await storeFiguresAfter(em, figures, caseId);
}
