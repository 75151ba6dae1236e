// Keeping training_person_state up to date: every write that changes a person's
// attendance, a session's date or type, or a training type's validity calls
// refreshTrainingState for the people it touched, in its own transaction. The rows
// are spans of days on which a fact holds, worked out from all of a person's
// attendance (future sessions too), so the read (training/facts.ts) only compares
// them with today. Assignments and the tree are not inputs: who holds a role where,
// and since when, is read from the assignments with today's date.
import type { EntityManager } from 'typeorm';
import { dialectOf, jsonIds } from '../db/sql';
import { replaceRows } from './replace-rows';
import { keyedTypes } from '../training/facts';
import { ADVANCED_KEY, BASIC_KEY, monthAdder, REFRESHER_INTERVAL_MONTHS, REFRESHER_KEY } from '../training/validity';

/** person_id, fact, valid_from, valid_until. */
export type TrainingStateRow = [number, string, string, string | null];

const COLUMNS = ['person_id', 'fact', 'valid_from', 'valid_until'] as const;

/**
 * The spans [date, date + months) of the given session dates (ascending), merged where
 * they touch or overlap: one attended session counts for the days its validity covers,
 * and a later one extends the span. months null = for good from the first date.
 */
function spans(person: number, fact: string, dates: readonly string[], months: number | null, plus: (d: string, m: number) => string): TrainingStateRow[] {
  const first = dates[0];
  if (first === undefined) return [];
  if (months === null) return [[person, fact, first, null]];
  const rows: TrainingStateRow[] = [];
  let open: [number, string, string, string] | null = null;
  for (const date of dates) {
    const end = plus(date, months);
    // A validity of 0 months never counts.
    if (end <= date) continue;
    if (open !== null && date <= open[3]) {
      if (end > open[3]) open[3] = end;
      continue;
    }
    open = [person, fact, date, end];
    rows.push(open);
  }
  return rows;
}

/**
 * The state rows of the given people (everyone who attended anything when left out),
 * worked out from scratch: what refreshTrainingState stores and what the tests compare with.
 */
export async function computeTrainingStateRows(em: EntityManager, personIds?: readonly number[]): Promise<TrainingStateRow[]> {
  const types = await keyedTypes(em);
  const basic = types.get(BASIC_KEY);
  const advanced = types.get(ADVANCED_KEY);
  const refresher = types.get(REFRESHER_KEY);
  const attended: Array<{ p: number; t: number; d: string }> = await em.query(
    `SELECT t.person_id AS p, s.type_id AS t, s.date AS d FROM attendance t JOIN training_session s ON s.id = t.session_id
     ${personIds === undefined ? '' : `WHERE t.person_id IN ${jsonIds(dialectOf(em))}`} ORDER BY t.person_id, s.date`,
    personIds === undefined ? [] : [JSON.stringify(personIds)],
  );
  const plus = monthAdder();
  const rows: TrainingStateRow[] = [];
  let i = 0;
  while (i < attended.length) {
    const person = Number(attended[i]?.p);
    const all: string[] = [];
    const basics: string[] = [];
    const advanceds: string[] = [];
    const refreshes: string[] = [];
    for (; i < attended.length && Number(attended[i]?.p) === person; i++) {
      const a = attended[i];
      if (!a) break;
      const type = Number(a.t);
      all.push(a.d);
      if (type === basic?.id) basics.push(a.d);
      if (type === advanced?.id) advanceds.push(a.d);
      // Basic training counts as a refresher too (validity.ts).
      if (type === basic?.id || type === refresher?.id) refreshes.push(a.d);
    }
    rows.push(...spans(person, 'attended', all, null, plus));
    if (basic) rows.push(...spans(person, 'basic', basics, basic.validityMonths, plus));
    if (advanced) rows.push(...spans(person, 'advanced', advanceds, advanced.validityMonths, plus));
    rows.push(...spans(person, 'refresh', refreshes, REFRESHER_INTERVAL_MONTHS, plus));
  }
  return rows;
}

/** Stores the state of the given people again (everyone when left out). */
export async function refreshTrainingState(em: EntityManager, personIds?: readonly number[]): Promise<void> {
  if (personIds !== undefined && personIds.length === 0) return;
  const ids = personIds === undefined ? undefined : [...new Set(personIds)];
  await replaceRows(em, 'training_person_state', COLUMNS, 'person_id', ids, await computeTrainingStateRows(em, ids));
}

/** The people who attended the given sessions: whose state a change to them touches. */
export async function attendeesOf(em: EntityManager, sessionIds: readonly number[]): Promise<number[]> {
  if (sessionIds.length === 0) return [];
  const rows: Array<{ p: number }> = await em.query(
    `SELECT DISTINCT person_id AS p FROM attendance WHERE session_id IN ${jsonIds(dialectOf(em))}`, [JSON.stringify(sessionIds)],
  );
  return rows.map((r) => Number(r.p));
}

/** The attendees of every session of a type: after its validity changes. */
export async function refreshTypeState(em: EntityManager, typeId: number): Promise<void> {
  const rows: Array<{ p: number }> = await em.query(
    'SELECT DISTINCT t.person_id AS p FROM attendance t JOIN training_session s ON s.id = t.session_id WHERE s.type_id = ?', [typeId],
  );
  await refreshTrainingState(em, rows.map((r) => Number(r.p)));
}
