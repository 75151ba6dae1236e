// People: the few facts needed to reach someone who holds a role. Search runs
// in three queries whatever the page size (page, total, role counts), so it
// stays fast at 50,000 people.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { PeoplePage, PersonDetail, PersonRow } from '../../shared/types-ownership';
import { Person, Unit } from '../db/entities';
import { AppError, notFound } from '../errors';
import { personSearchText, searchKey } from '../text';
import { foldWords } from '../../shared/fold';
import { isLang } from '../../shared/schemas';
import { dialectOf, jsonIds, norwegianOrder } from '../db/sql';
import { visibleUnits } from '../call-context';
import { CURRENT_SQL, assignmentRows } from './assignments';

interface RawPerson {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  homeUnitId: number | null;
  homeUnitCode: string | null;
  homeUnitName: string | null;
  active: number | boolean;
  erasedAt: string | null;
}

const FROM_SQL = 'FROM person p LEFT JOIN unit hu ON hu.id = p.home_unit_id';

function searchFilter(em: EntityManager, today: string, { query, unitId, includeInactive }: InputOf<'people.search'>): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!includeInactive) where.push('p.active = TRUE AND p.erased_at IS NULL');
  // Every word of the query, folded (shared/fold.ts), starts a word in the person's name or e-mail or the home unit's name or code.
  for (const word of foldWords(query)) {
    where.push("((' ' || p.search_text) LIKE ? OR (' ' || hu.search_text) LIKE ?)");
    params.push(`% ${word}%`, `% ${word}%`);
  }
  if (unitId !== null) {
    where.push(`(p.home_unit_id = ? OR p.id IN (SELECT a.person_id FROM assignment a WHERE a.unit_id = ? AND ${CURRENT_SQL}))`);
    params.push(unitId, unitId, today, today);
  }
  // A signed-in user finds the people of the units they may read: living there or holding a role there today.
  const visible = visibleUnits();
  if (visible) {
    const ids = jsonIds(dialectOf(em));
    where.push(`(p.home_unit_id IN ${ids} OR p.id IN (SELECT a.person_id FROM assignment a WHERE a.unit_id IN ${ids} AND ${CURRENT_SQL}))`);
    const json = JSON.stringify([...visible]);
    params.push(json, json, today, today);
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Roles held today, per person, for a page of people. */
async function currentRoleCounts(em: EntityManager, today: string, ids: number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const rows: Array<{ personId: number; n: number }> = await em.query(
    `SELECT a.person_id AS "personId", COUNT(*) AS n FROM assignment a
     WHERE a.person_id IN (${ids.map(() => '?').join(', ')}) AND ${CURRENT_SQL} GROUP BY a.person_id`,
    [...ids, today, today],
  );
  return new Map(rows.map((r) => [r.personId, Number(r.n)]));
}

function toRow(r: RawPerson, currentRoles: number): PersonRow {
  return {
    id: r.id, name: r.name, email: r.email, phone: r.phone, homeUnitId: r.homeUnitId, homeUnitCode: r.homeUnitCode,
    homeUnitName: r.homeUnitName, active: Boolean(r.active), erased: r.erasedAt !== null, currentRoles,
  };
}

const ROW_COLUMNS = `p.id AS id, p.name AS name, p.email AS email, p.phone AS phone, p.home_unit_id AS "homeUnitId",
  hu.code AS "homeUnitCode", hu.name AS "homeUnitName", p.active AS active, p.erased_at AS "erasedAt"`;

export async function searchPeople(em: EntityManager, today: string, input: InputOf<'people.search'>): Promise<PeoplePage> {
  const { where, params } = searchFilter(em, today, input);
  const rows: RawPerson[] = await em.query(
    `SELECT ${ROW_COLUMNS} ${FROM_SQL} ${where} ORDER BY ${norwegianOrder(dialectOf(em), 'p.search_name')}, p.id LIMIT ? OFFSET ?`,
    [...params, input.limit, input.offset],
  );
  const [count]: Array<{ total: number }> = await em.query(`SELECT COUNT(*) AS total ${FROM_SQL} ${where}`, params);
  const counts = await currentRoleCounts(em, today, rows.map((r) => r.id));
  return { rows: rows.map((r) => toRow(r, counts.get(r.id) ?? 0)), total: Number(count?.total ?? 0) };
}

export async function getPerson(em: EntityManager, today: string, id: number): Promise<PersonDetail> {
  const person = await em.findOne(Person, { where: { id }, relations: { homeUnit: true } });
  if (!person) throw notFound('person', id);
  const assignments = await assignmentRows(em, today, ['a.person_id = ?'], [id]);
  return {
    id: person.id, name: person.name, email: person.email, phone: person.phone, homeUnitId: person.homeUnitId,
    homeUnitCode: person.homeUnit?.code ?? null, homeUnitName: person.homeUnit?.name ?? null,
    active: person.active, erased: person.erasedAt !== null,
    currentRoles: assignments.filter((a) => a.current).length,
    note: person.note, language: isLang(person.language) ? person.language : null, createdAt: person.createdAt.toISOString(), updatedAt: person.updatedAt.toISOString(), assignments,
  };
}

async function assertEmailFree(em: EntityManager, email: string | null, exceptId?: number): Promise<void> {
  if (email === null) return;
  const other = await em.findOneBy(Person, { email });
  if (other && other.id !== exceptId) {
    throw new AppError('EMAIL_TAKEN', `E-mail ${email} is used by person ${other.id}`, { email, name: other.name });
  }
}

async function assertUnit(em: EntityManager, unitId: number | null): Promise<void> {
  if (unitId !== null && !(await em.existsBy(Unit, { id: unitId }))) throw notFound('unit', unitId);
}

export async function createPerson(em: EntityManager, today: string, input: InputOf<'people.create'>): Promise<PersonDetail> {
  await assertEmailFree(em, input.email);
  await assertUnit(em, input.homeUnitId);
  const saved = await em.save(em.create(Person, {
    ...input, searchName: searchKey(input.name), searchText: personSearchText(input.name, input.email), erasedAt: null,
  }));
  return getPerson(em, today, saved.id);
}

export async function updatePerson(em: EntityManager, today: string, input: InputOf<'people.update'>): Promise<PersonDetail> {
  const person = await em.findOneBy(Person, { id: input.id });
  if (!person) throw notFound('person', input.id);
  if (person.erasedAt) throw new AppError('PERSON_ERASED', `Person ${person.id} is erased`, { id: person.id });
  if (input.email !== undefined) {
    await assertEmailFree(em, input.email, person.id);
    person.email = input.email;
  }
  if (input.homeUnitId !== undefined) {
    await assertUnit(em, input.homeUnitId);
    person.homeUnitId = input.homeUnitId;
  }
  if (input.name !== undefined) {
    person.name = input.name;
    person.searchName = searchKey(input.name);
  }
  if (input.phone !== undefined) person.phone = input.phone;
  if (input.active !== undefined) person.active = input.active;
  if (input.note !== undefined) person.note = input.note;
  if (input.language !== undefined) person.language = input.language;
  person.searchText = personSearchText(person.name, person.email);
  await em.save(person);
  return getPerson(em, today, person.id);
}
