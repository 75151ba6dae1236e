// Today's way of reading the training facts before issue 16 stored them: every
// holder's latest basic, refresher and advanced attendance read with one GROUP BY over
// attendance at each read, then the flags worked out in JS. Kept as the reference the
// stored facts (src/core/training/facts.ts) are compared with, in the property test
// (tests/core/derived/training-state.test.ts) and the bench (derived.bench.test.ts).
import type { EntityManager } from 'typeorm';
import { dialectOf, jsonIds, sqliteHint } from '../../src/core/db/sql';
import { addDays } from '../../src/core/ownership/dates';
import {
  ADVANCED_VALID, BASIC_VALID, currentAssignments, holdingsOf, keyedTypes, NEWCOMER, NEWCOMER_UNTRAINED, NO_ID, REFRESHER_OVERDUE, superUserRoleId,
  type FactsOptions, type KeyedType, type TrainingFacts,
} from '../../src/core/training/facts';
import { rollupOf, type TrainingFiguresOptions, type TrainingRollup } from '../../src/core/training/figures';
import { ADVANCED_KEY, BASIC_KEY, monthAdder, REFRESHER_INTERVAL_MONTHS, REFRESHER_KEY } from '../../src/core/training/validity';

interface AttendanceFact { p: number; basic: string | null; refresh: string | null; advanced: string | null }

/** Per person: the latest basic, refresher-or-basic and advanced session attended on or before today. */
async function latestAttendance(
  em: EntityManager,
  today: string,
  types: Map<string, KeyedType>,
  personIds: readonly number[] | null,
): Promise<Map<number, AttendanceFact>> {
  const d = dialectOf(em);
  const basic = types.get(BASIC_KEY)?.id ?? NO_ID;
  const refresher = types.get(REFRESHER_KEY)?.id ?? NO_ID;
  const advanced = types.get(ADVANCED_KEY)?.id ?? NO_ID;
  const select = `SELECT t.person_id AS p,
            MAX(CASE WHEN s.type_id = ? THEN s.date END) AS basic,
            MAX(CASE WHEN s.type_id IN (?, ?) THEN s.date END) AS refresh,
            MAX(CASE WHEN s.type_id = ? THEN s.date END) AS advanced`;
  const types4 = [basic, basic, refresher, advanced];
  const rows: AttendanceFact[] = personIds === null
    // Sessions first, then each session's attendees from the (session_id, person_id) index, which covers
    // them: less than half the time of walking attendance by person and fetching every row.
    ? await em.query(
      `${select} FROM training_session s ${sqliteHint(d, 'CROSS ')}JOIN attendance t ON t.session_id = s.id
       WHERE s.date <= ? GROUP BY t.person_id`,
      [...types4, today],
    )
    : await em.query(
      `${select} FROM attendance t JOIN training_session s ON s.id = t.session_id
       WHERE s.date <= ? AND t.person_id IN ${jsonIds(d)} GROUP BY t.person_id`,
      [...types4, today, JSON.stringify(personIds)],
    );
  return new Map(rows.map((r) => [r.p, r]));
}

/** Reads the facts for every current holder in scope, from attendance. */
export async function loadTrainingFactsReference(em: EntityManager, options: FactsOptions): Promise<TrainingFacts> {
  const { today, newcomerDays, unitIds } = options;
  const types = await keyedTypes(em);
  const superUser = await superUserRoleId(em);
  const assignments = await currentAssignments(em, today, unitIds);

  const { only, earliest, holdings } = holdingsOf(assignments, unitIds, superUser);
  const attendance = await latestAttendance(em, today, types, only === null ? null : [...earliest.keys()]);

  const plus = monthAdder();
  const validOn = (type: KeyedType | undefined, date: string | null | undefined): boolean =>
    type !== undefined && date != null && (type.validityMonths === null || today < plus(date, type.validityMonths));
  const basic = types.get(BASIC_KEY);
  const advanced = types.get(ADVANCED_KEY);
  const refresherKnown = types.has(REFRESHER_KEY);
  // Strictly after this date = within the newcomer window.
  const newcomerAfter = addDays(today, -newcomerDays);

  const flags = new Map<number, number>();
  for (const [person, start] of earliest) {
    const att = attendance.get(person);
    let bits = 0;
    if (validOn(basic, att?.basic)) bits |= BASIC_VALID;
    if (validOn(advanced, att?.advanced)) bits |= ADVANCED_VALID;
    if (refresherKnown && today >= plus(att?.refresh ?? start, REFRESHER_INTERVAL_MONTHS)) bits |= REFRESHER_OVERDUE;
    if (start > newcomerAfter) bits |= att === undefined ? NEWCOMER | NEWCOMER_UNTRAINED : NEWCOMER;
    flags.set(person, bits);
  }
  return { flags, holdings };
}

/** computeTrainingFigures (figures.ts) over the reference facts. */
export async function computeTrainingFiguresReference(em: EntityManager, options: TrainingFiguresOptions): Promise<TrainingRollup> {
  return rollupOf(await loadTrainingFactsReference(em, options), options);
}
