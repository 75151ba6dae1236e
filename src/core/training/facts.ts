// The per-person training facts behind the coverage figures: the current holdings
// from the assignments, and what each holder's training says today from the stored
// spans of training_person_state (derived/training-state.ts), both compared with
// today here, so every flag turns on the right day without a write. Facts are per
// person, not per unit, so every scope (unit, region, nation, wave) can count
// distinct people: someone holding roles in three units of a region is one holder
// of that region. The computation from attendance they replace is kept as the
// reference in bench/raw/training-reference.ts.
import type { EntityManager } from 'typeorm';
import { dialectOf, jsonIds, sqliteHint } from '../db/sql';
import { addDays } from '../ownership/dates';
import { ADVANCED_KEY, BASIC_KEY, monthAdder, REFRESHER_INTERVAL_MONTHS, REFRESHER_KEY } from './validity';

/** Bits of a person's facts. */
export const BASIC_VALID = 1;
export const ADVANCED_VALID = 2;
export const REFRESHER_OVERDUE = 4;
export const NEWCOMER = 8;
/** A newcomer with no attendance of any type. */
export const NEWCOMER_UNTRAINED = 16;

export interface FactsOptions {
  /** Europe/Oslo calendar date, YYYY-MM-DD. */
  today: string;
  /** A holder whose earliest current assignment started within this many days is a newcomer. */
  newcomerDays: number;
  /** Only holdings at these units; every active unit when left out. */
  unitIds?: readonly number[];
}

/** One person holding at least one current role at one active unit. */
export interface Holding {
  personId: number;
  unitId: number;
  /** Holds the super-user role there. */
  superUser: boolean;
}

export interface TrainingFacts {
  /** Fact bits per holder. */
  flags: Map<number, number>;
  /** Current (person, unit) pairs; a person with two roles at a unit appears twice, which counting tolerates. */
  holdings: Holding[];
}

export interface KeyedType { key: string; id: number; validityMonths: number | null }
export interface AssignmentFact { p: number; u: number; r: number; s: string }

/** An id no row has: stands in for a deleted seeded type, so its figure stays 0. */
export const NO_ID = -1;
const CURRENT = '(a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?))';

export async function keyedTypes(em: EntityManager): Promise<Map<string, KeyedType>> {
  const rows: KeyedType[] = await em.query(
    'SELECT id, key, validity_months AS "validityMonths" FROM training_type WHERE key IN (?, ?, ?)',
    [BASIC_KEY, ADVANCED_KEY, REFRESHER_KEY],
  );
  return new Map(rows.map((r) => [r.key, r]));
}

export async function superUserRoleId(em: EntityManager): Promise<number> {
  const [row]: Array<{ id: number }> = await em.query("SELECT id FROM role WHERE key = 'super_user'");
  return row?.id ?? NO_ID;
}

/**
 * Current assignments at active units. With unitIds: those of every person who
 * holds a role at one of the units, at any unit, because "newcomer" looks at a
 * person's earliest current assignment anywhere in the organization.
 */
export async function currentAssignments(em: EntityManager, today: string, unitIds: readonly number[] | undefined): Promise<AssignmentFact[]> {
  const d = dialectOf(em);
  const active = 'a.unit_id NOT IN (SELECT id FROM unit WHERE archived = TRUE)';
  if (unitIds === undefined) {
    // The whole table in storage order: cheaper than walking an index (see ownership/coverage.ts).
    return em.query(
      `SELECT a.person_id AS p, a.unit_id AS u, a.role_id AS r, a.start_date AS s
       FROM assignment AS a${sqliteHint(d, ' NOT INDEXED')} WHERE ${CURRENT} AND ${active}`,
      [today, today],
    );
  }
  return em.query(
    `SELECT a.person_id AS p, a.unit_id AS u, a.role_id AS r, a.start_date AS s
     FROM assignment a WHERE ${CURRENT} AND ${active}
       AND a.person_id IN (SELECT a.person_id FROM assignment a
                           WHERE a.unit_id IN ${jsonIds(d)} AND ${CURRENT})`,
    [today, today, JSON.stringify(unitIds), today, today],
  );
}

// What storedFacts' one number per person holds: which spans hold today, and whether a refresh span ever began.
const HAS_BASIC = 1;
const HAS_ADVANCED = 2;
const REFRESH_VALID = 4;
const REFRESH_SEEN = 8;
const ATTENDED = 16;

/** Per person with a span begun by today: the HAS_* bits, summed in SQL so each row is two numbers. */
async function storedFacts(em: EntityManager, today: string, personIds: readonly number[] | null): Promise<Map<number, number>> {
  // Dates are YYYY-MM-DD: byte order is date order, and PostgreSQL compares bytes far quicker than by its locale.
  const date = (column: string) => (dialectOf(em) === 'postgres' ? `${column} COLLATE "C"` : column);
  const holds = (fact: string, bit: number) => `MAX(CASE WHEN fact = '${fact}' AND (valid_until IS NULL OR ${date('valid_until')} > ?) THEN ${bit} ELSE 0 END)`;
  const seen = (fact: string, bit: number) => `MAX(CASE WHEN fact = '${fact}' THEN ${bit} ELSE 0 END)`;
  const rows: Array<{ p: number; b: number | string }> = await em.query(
    `SELECT person_id AS p, ${holds('basic', HAS_BASIC)} + ${holds('advanced', HAS_ADVANCED)} + ${holds('refresh', REFRESH_VALID)}
              + ${seen('refresh', REFRESH_SEEN)} + ${seen('attended', ATTENDED)} AS b
     FROM training_person_state WHERE ${date('valid_from')} <= ?${personIds === null ? '' : ` AND person_id IN ${jsonIds(dialectOf(em))}`}
     GROUP BY person_id`,
    [today, today, today, today, ...(personIds === null ? [] : [JSON.stringify(personIds)])],
  );
  return new Map(rows.map((r) => [Number(r.p), Number(r.b)]));
}

/**
 * The holdings in scope and each holder's earliest current start anywhere (for "newcomer"),
 * from the current assignments; `only` is the scope as a set, null for the whole organization.
 */
export function holdingsOf(assignments: readonly AssignmentFact[], unitIds: readonly number[] | undefined, superUser: number) {
  const only = unitIds === undefined ? null : new Set(unitIds);
  const earliest = new Map<number, string>();
  const holdings: Holding[] = [];
  for (const a of assignments) {
    const known = earliest.get(a.p);
    if (known === undefined || a.s < known) earliest.set(a.p, a.s);
    if (only === null || only.has(a.u)) holdings.push({ personId: a.p, unitId: a.u, superUser: a.r === superUser });
  }
  return { only, earliest, holdings };
}

/** Reads the facts for every current holder in scope. */
export async function loadTrainingFacts(em: EntityManager, options: FactsOptions): Promise<TrainingFacts> {
  const { today, newcomerDays, unitIds } = options;
  const refresherKnown = (await keyedTypes(em)).has(REFRESHER_KEY);
  const superUser = await superUserRoleId(em);
  const assignments = await currentAssignments(em, today, unitIds);

  const { only, earliest, holdings } = holdingsOf(assignments, unitIds, superUser);
  const stored = await storedFacts(em, today, only === null ? null : [...earliest.keys()]);

  const plus = monthAdder();
  // Strictly after this date = within the newcomer window.
  const newcomerAfter = addDays(today, -newcomerDays);
  const flags = new Map<number, number>();
  for (const [person, start] of earliest) {
    const s = stored.get(person) ?? 0;
    let bits = 0;
    if (s & HAS_BASIC) bits |= BASIC_VALID;
    if (s & HAS_ADVANCED) bits |= ADVANCED_VALID;
    // Overdue a year after the latest refresher or basic training, or after the start for one who never had either.
    const overdue = s & REFRESH_SEEN ? !(s & REFRESH_VALID) : today >= plus(start, REFRESHER_INTERVAL_MONTHS);
    if (refresherKnown && overdue) bits |= REFRESHER_OVERDUE;
    if (start > newcomerAfter) bits |= s & ATTENDED ? NEWCOMER : NEWCOMER | NEWCOMER_UNTRAINED;
    flags.set(person, bits);
  }
  return { flags, holdings };
}
