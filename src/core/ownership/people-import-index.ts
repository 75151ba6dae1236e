// What a people import looks up in the database, read once before checking:
// units by code, the role catalog by name, and the people (and their
// assignments) whose e-mail addresses the file names.
import type { EntityManager } from 'typeorm';
import { Assignment, Level, Person, Role, RoleRequirement, Unit } from '../db/entities';
import { searchKey } from '../text';

export interface IndexedUnit {
  id: number;
  code: string;
  archived: boolean;
  rank: number;
  levelName: string;
}

export interface IndexedRole {
  id: number;
  nameNb: string;
  nameEn: string;
  /** Level ranks where the catalog allows the role (minimum 0 included). */
  ranks: Set<number>;
}

export interface IndexedPerson {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  homeUnitId: number | null;
  note: string;
  language: string | null;
}

export interface IndexedAssignment {
  personId: number;
  roleId: number;
  unitId: number;
  startDate: string;
  endDate: string | null;
}

export interface PeopleIndex {
  units: Map<string, IndexedUnit>;
  /** By searchKey of the nb name, the en name and the key. */
  roles: Map<string, IndexedRole>;
  people: Map<string, IndexedPerson>;
  /** Existing assignments of the people above, by "personId|roleId|unitId". */
  assignments: Map<string, IndexedAssignment[]>;
}

// Well below SQLite's limit on bound values per statement.
const CHUNK = 500;

export function assignmentKey(personId: number | string, roleId: number, unitId: number): string {
  return `${personId}|${roleId}|${unitId}`;
}

async function loadUnits(em: EntityManager): Promise<Map<string, IndexedUnit>> {
  const rows = await em
    .createQueryBuilder(Unit, 'u')
    .innerJoin(Level, 'l', 'l.id = u.level_id')
    .select(['u.id AS id', 'u.code AS code', 'u.archived AS archived', 'l.rank AS rank', 'l.name AS "levelName"'])
    .getRawMany<Omit<IndexedUnit, 'archived'> & { archived: number | boolean }>();
  return new Map(rows.map((r) => [r.code, { ...r, archived: Boolean(r.archived) }]));
}

async function loadRoles(em: EntityManager): Promise<Map<string, IndexedRole>> {
  const [roles, requirements] = await Promise.all([em.find(Role, { order: { sortOrder: 'ASC', id: 'ASC' } }), em.find(RoleRequirement)]);
  const byId = new Map(roles.map((r) => [r.id, { id: r.id, nameNb: r.nameNb, nameEn: r.nameEn, ranks: new Set<number>() }]));
  for (const req of requirements) byId.get(req.roleId)?.ranks.add(req.levelRank);
  const lookup = new Map<string, IndexedRole>();
  for (const role of roles) {
    for (const name of [role.nameNb, role.nameEn, role.key]) {
      const key = name === null ? '' : searchKey(name);
      // The first role in catalog order keeps a name that two roles share.
      if (key !== '' && !lookup.has(key)) lookup.set(key, byId.get(role.id) as IndexedRole);
    }
  }
  return lookup;
}

async function loadPeople(em: EntityManager, emails: readonly string[]): Promise<Map<string, IndexedPerson>> {
  const people = new Map<string, IndexedPerson>();
  for (let i = 0; i < emails.length; i += CHUNK) {
    const rows = await em
      .createQueryBuilder(Person, 'p')
      .select(['p.id AS id', 'p.name AS name', 'p.email AS email', 'p.phone AS phone', 'p.home_unit_id AS "homeUnitId"', 'p.note AS note', 'p.language AS language'])
      .where('p.email IN (:...emails)', { emails: emails.slice(i, i + CHUNK) })
      .getRawMany<IndexedPerson>();
    for (const row of rows) people.set(row.email, row);
  }
  return people;
}

async function loadAssignments(em: EntityManager, personIds: readonly number[]): Promise<Map<string, IndexedAssignment[]>> {
  const byKey = new Map<string, IndexedAssignment[]>();
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const rows = await em
      .createQueryBuilder(Assignment, 'a')
      .select(['a.person_id AS "personId"', 'a.role_id AS "roleId"', 'a.unit_id AS "unitId"', 'a.start_date AS "startDate"', 'a.end_date AS "endDate"'])
      .where('a.person_id IN (:...ids)', { ids: personIds.slice(i, i + CHUNK) })
      .getRawMany<IndexedAssignment>();
    for (const row of rows) {
      const key = assignmentKey(row.personId, row.roleId, row.unitId);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
  }
  return byKey;
}

export async function loadPeopleIndex(em: EntityManager, emails: readonly string[]): Promise<PeopleIndex> {
  const [units, roles, people] = await Promise.all([loadUnits(em), loadRoles(em), loadPeople(em, [...new Set(emails)])]);
  const assignments = await loadAssignments(em, [...people.values()].map((p) => p.id));
  return { units, roles, people, assignments };
}
