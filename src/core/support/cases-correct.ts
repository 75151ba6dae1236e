// Correcting what a case was opened with: its problem, its unit and its
// description. Each correction is one 'corrected' event holding the before and
// after of the fields that changed, written with the case in one transaction.
//
// Moving a case to another unit keeps its tier and its tier clocks: the time
// already held was held, and breaches stay charged to the tiers that held it.
// From then on the new unit's escalation path applies (whom to call next, and
// the region the case counts under).
import type { EntityManager } from 'typeorm';
import type { CaseChange, CaseProblemRef } from '../../shared/types-support';
import { CaseTierClock, Problem, SupportCase, Unit } from '../db/entities';
import { notFound } from '../errors';
import { caseUnit, settleClock, writeEvent } from './cases-write';
import { refreshDue } from './due-store';
import { figuresBefore, storeFiguresAfter } from './figures-store';

export interface CorrectCaseInput {
  problemId?: number | null | undefined;
  unitId?: number | undefined;
  description?: string | undefined;
}

async function problemRef(em: EntityManager, id: number | null): Promise<CaseProblemRef | null> {
  if (id === null) return null;
  const p = await em.findOneBy(Problem, { id });
  if (!p) throw notFound('problem', id);
  return { id: p.id, titleNb: p.titleNb, titleEn: p.titleEn };
}

const unitRef = (u: Unit) => ({ id: u.id, code: u.code, name: u.name });

/** Applies the fields that differ from the case as it is; writes nothing when none does. */
export async function correctCase(em: EntityManager, caseId: number, input: CorrectCaseInput, now: Date): Promise<void> {
  const c = await em.findOneBy(SupportCase, { id: caseId });
  if (!c) throw notFound('case', caseId);
  const changes: CaseChange[] = [];
  const fields: Partial<Pick<SupportCase, 'problemId' | 'unitId' | 'description'>> = {};

  if (input.problemId !== undefined && input.problemId !== c.problemId) {
    const after = await problemRef(em, input.problemId);
    // The old problem may have been deleted since (the case then has none), so read it leniently.
    const before = c.problemId === null ? null : await problemRef(em, c.problemId).catch(() => null);
    changes.push({ field: 'problem', before, after });
    fields.problemId = input.problemId;
  }
  if (input.unitId !== undefined && input.unitId !== c.unitId) {
    const after = await caseUnit(em, input.unitId);
    const before = await em.findOneByOrFail(Unit, { id: c.unitId });
    changes.push({ field: 'unit', before: unitRef(before), after: unitRef(after) });
    fields.unitId = input.unitId;
  }
  const description = input.description?.trim();
  if (description !== undefined && description !== c.description) {
    changes.push({ field: 'description', before: c.description, after: description });
    fields.description = description;
  }
  if (changes.length === 0) return;

  // The correction is an event like any other, so the running clock is settled up to it.
  const figures = await figuresBefore(em, caseId);
  const { tier, rowId, clock } = await settleClock(em, c, now);
  await em.update(CaseTierClock, { id: rowId }, clock);
  await em.update(SupportCase, { id: caseId }, fields);
  const detail = {
    before: Object.fromEntries(changes.map((ch) => [ch.field, ch.before])),
    after: Object.fromEntries(changes.map((ch) => [ch.field, ch.after])),
  };
  await writeEvent(em, caseId, now, 'corrected', { from: tier, to: tier }, '', detail);
  await refreshDue(em, caseId);
  await storeFiguresAfter(em, figures, caseId);
}

/** The changes a stored event detail describes, in field order. */
export function changesOf(kind: string, detail: string): CaseChange[] {
  if (kind !== 'corrected') return [];
  const parsed = JSON.parse(detail) as { before?: Record<string, unknown>; after?: Record<string, unknown> };
  const order: Array<CaseChange['field']> = ['problem', 'unit', 'description'];
  return order
    .filter((field) => parsed.after && field in parsed.after)
    .map((field) => ({ field, before: parsed.before?.[field], after: parsed.after?.[field] }) as CaseChange);
}
