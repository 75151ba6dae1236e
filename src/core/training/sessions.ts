// Training sessions and who attended them. A session belongs to a unit and a
// type; attendance is recorded per person and replaced as a whole list.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { TrainingFormat, TrainingSessionDetail, TrainingSessionRow } from '../../shared/types-rollout';
import { Attendance, Person, TrainingSession, TrainingType, Unit } from '../db/entities';
import { AppError, notFound } from '../errors';
import { dialectOf, norwegianOrder } from '../db/sql';
import { attendeesOf, refreshTrainingState } from '../derived/training-state';

const ROW_SQL = `
  SELECT s.id AS id, s.type_id AS "typeId", t.name_nb AS "typeNameNb", t.name_en AS "typeNameEn", s.date AS date,
         s.unit_id AS "unitId", u.code AS "unitCode", u.name AS "unitName", s.format AS format, s.trainer AS trainer,
         (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id) AS "attendeeCount"
  FROM training_session s
  JOIN training_type t ON t.id = s.type_id
  JOIN unit u ON u.id = s.unit_id`;

type RawRow = Omit<TrainingSessionRow, 'format'> & { format: string };

const toRow = (r: RawRow): TrainingSessionRow => ({ ...r, format: r.format as TrainingFormat, attendeeCount: Number(r.attendeeCount) });

/** Newest first (date, then the latest recorded), filtered and paged. */
export async function listSessions(
  em: EntityManager,
  input: InputOf<'trainingSessions.list'>,
): Promise<{ rows: TrainingSessionRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.unitId !== null) { where.push('s.unit_id = ?'); params.push(input.unitId); }
  if (input.typeId !== null) { where.push('s.type_id = ?'); params.push(input.typeId); }
  if (input.from !== null) { where.push('s.date >= ?'); params.push(input.from); }
  if (input.to !== null) { where.push('s.date <= ?'); params.push(input.to); }
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const [count]: Array<{ n: number }> = await em.query(`SELECT COUNT(*) AS n FROM training_session s${clause}`, params);
  const rows: RawRow[] = await em.query(
    `${ROW_SQL}${clause} ORDER BY s.date DESC, s.id DESC LIMIT ? OFFSET ?`,
    [...params, input.limit, input.offset],
  );
  return { rows: rows.map(toRow), total: Number(count?.n ?? 0) };
}

/** One session with its attendees by name; erased people are listed with an empty name. */
export async function getSession(em: EntityManager, id: number): Promise<TrainingSessionDetail> {
  const [row]: RawRow[] = await em.query(`${ROW_SQL} WHERE s.id = ?`, [id]);
  if (!row) throw notFound('trainingSession', id);
  const attendees: Array<{ personId: number; name: string; email: string | null }> = await em.query(
    `SELECT p.id AS "personId", p.name AS name, p.email AS email
     FROM attendance a JOIN person p ON p.id = a.person_id
     WHERE a.session_id = ? ORDER BY ${norwegianOrder(dialectOf(em), 'p.search_name')}, p.id`,
    [id],
  );
  return { ...toRow(row), attendees };
}

async function assertType(em: EntityManager, typeId: number): Promise<void> {
  if (!(await em.existsBy(TrainingType, { id: typeId }))) throw notFound('trainingType', typeId);
}

/** Sessions are recorded at active units only. */
async function assertActiveUnit(em: EntityManager, unitId: number): Promise<void> {
  const unit = await em.findOneBy(Unit, { id: unitId });
  if (!unit) throw notFound('unit', unitId);
  if (unit.archived) throw new AppError('UNIT_ARCHIVED', `Unit ${unit.code} is archived`, { code: unit.code, name: unit.name });
}

/**
 * Every listed person must exist. A person newly added must not be erased; one
 * who already attended stays on the list after erasure, so the session can
 * still be edited without rewriting history.
 */
async function checkAttendees(em: EntityManager, personIds: readonly number[], alreadyThere: ReadonlySet<number>): Promise<number[]> {
  const unique = [...new Set(personIds)];
  if (!unique.length) return unique;
  const people = await em.createQueryBuilder(Person, 'p').select(['p.id', 'p.erasedAt'])
    .where('p.id IN (:...ids)', { ids: unique }).getMany();
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const id of unique) {
    const person = byId.get(id);
    if (!person) throw notFound('person', id);
    if (person.erasedAt && !alreadyThere.has(id)) throw new AppError('PERSON_ERASED', `Person ${id} is erased`, { id });
  }
  return unique;
}

async function writeAttendees(em: EntityManager, sessionId: number, personIds: readonly number[]): Promise<void> {
  await em.delete(Attendance, { sessionId });
  // Chunked: SQLite caps the parameters of one statement.
  for (let i = 0; i < personIds.length; i += 400) {
    await em.insert(Attendance, personIds.slice(i, i + 400).map((personId) => ({ sessionId, personId })));
  }
}

export async function createSession(em: EntityManager, input: InputOf<'trainingSessions.create'>): Promise<TrainingSessionDetail> {
  await assertType(em, input.typeId);
  await assertActiveUnit(em, input.unitId);
  const attendees = await checkAttendees(em, input.attendeeIds, new Set());
  const saved = await em.save(em.create(TrainingSession, {
    typeId: input.typeId, date: input.date, unitId: input.unitId, format: input.format, trainer: input.trainer,
  }));
  await writeAttendees(em, saved.id, attendees);
  await refreshTrainingState(em, attendees);
  return getSession(em, saved.id);
}

export async function updateSession(em: EntityManager, input: InputOf<'trainingSessions.update'>): Promise<TrainingSessionDetail> {
  const session = await em.findOneBy(TrainingSession, { id: input.id });
  if (!session) throw notFound('trainingSession', input.id);
  // Those who leave the list, and those on it if its date or type moves.
  const before = await attendeesOf(em, [session.id]);
  if (input.typeId !== undefined && input.typeId !== session.typeId) {
    await assertType(em, input.typeId);
    session.typeId = input.typeId;
  }
  // Moving a session to an archived unit is refused; editing one already there is not.
  if (input.unitId !== undefined && input.unitId !== session.unitId) {
    await assertActiveUnit(em, input.unitId);
    session.unitId = input.unitId;
  }
  if (input.date !== undefined) session.date = input.date;
  if (input.format !== undefined) session.format = input.format;
  if (input.trainer !== undefined) session.trainer = input.trainer;
  await em.save(session);
  if (input.attendeeIds !== undefined) {
    const current = await em.find(Attendance, { where: { sessionId: session.id }, select: { personId: true } });
    const attendees = await checkAttendees(em, input.attendeeIds, new Set(current.map((a) => a.personId)));
    await writeAttendees(em, session.id, attendees);
  }
  await refreshTrainingState(em, [...before, ...(await attendeesOf(em, [session.id]))]);
  return getSession(em, session.id);
}

export async function deleteSession(em: EntityManager, id: number): Promise<{ id: number }> {
  if (!(await em.existsBy(TrainingSession, { id }))) throw notFound('trainingSession', id);
  const attendees = await attendeesOf(em, [id]);
  // Attendance goes with the session (ON DELETE CASCADE).
  await em.delete(TrainingSession, { id });
  await refreshTrainingState(em, attendees);
  return { id };
}
