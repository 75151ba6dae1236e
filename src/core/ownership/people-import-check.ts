// Pass 2 of a people import: who each row is, what it refers to, and what
// would be written. People are one person per e-mail address, in the file and
// in the database. Rows without e-mail are never matched against the database;
// within the file, the same name with the same phone is one person. A name
// alone never makes two rows one person.
import type { ImportIssue } from '../../shared/errors';
import type { PeopleImportField } from '../../shared/types-ownership';
import { searchKey } from '../text';
import { assignmentKey, type IndexedPerson, type IndexedRole, type PeopleIndex } from './people-import-index';
import type { PeopleRow } from './people-import-read';

type PersonField = 'name' | 'phone' | 'homeUnit' | 'note' | 'language';

export interface PersonPlan {
  key: string;
  /** The matched person, for rows with an e-mail address the database knows. */
  existing: IndexedPerson | null;
  email: string | null;
  /** The first non-empty value the file gives; null when it gives none. */
  values: Record<PersonField, string | null>;
  homeUnitId: number | null;
}

export interface AssignmentPlan {
  line: number;
  /** The role and unit as the file names them, for issues. */
  roleText: string;
  unitCode: string;
  personKey: string;
  roleId: number;
  unitId: number;
  startDate: string;
  endDate: string | null;
}

export interface PeoplePlan {
  people: PersonPlan[];
  assignments: AssignmentPlan[];
  issues: ImportIssue[];
}

interface Period {
  line: number;
  startDate: string;
  endDate: string | null;
}

function overlaps(a: { startDate: string; endDate: string | null }, b: { startDate: string; endDate: string | null }): boolean {
  return (a.endDate === null || b.startDate < a.endDate) && (b.endDate === null || a.startDate < b.endDate);
}

/** Phone numbers compare by their digits and '+': "22 00 00 00" is "22000000". */
const phoneKey = (phone: string): string => phone.replace(/[^+0-9]/g, '');

function personKey(row: PeopleRow): string {
  if (row.email !== null) return `email:${row.email}`;
  if (row.phone !== null) return `phone:${searchKey(row.name)}|${phoneKey(row.phone)}`;
  return `line:${row.line}`;
}

/** Names differing only in case, or numbers only in spacing, are the same value, as in personKey. */
function sameValue(field: PersonField, a: string, b: string): boolean {
  if (field === 'name') return searchKey(a) === searchKey(b);
  if (field === 'phone') return phoneKey(a) === phoneKey(b);
  return a === b;
}

export function planPeople(rows: readonly PeopleRow[], index: PeopleIndex, today: string): PeoplePlan {
  const issues: ImportIssue[] = [];
  const add = (line: number, field: PeopleImportField, code: ImportIssue['code'], value?: string, params?: ImportIssue['params']) => {
    issues.push({ line, field, code, ...(value !== undefined ? { value } : {}), ...(params ? { params } : {}) });
  };
  const people = new Map<string, PersonPlan & { firstLine: Record<PersonField, number> }>();
  const rowPerson = new Map<number, PersonPlan>();

  for (const row of rows) {
    // A row with an unreadable address or no name stands for nobody; its issue is already reported.
    if (!row.emailOk || row.name === '') continue;
    const key = personKey(row);
    let plan = people.get(key);
    if (!plan) {
      const existing = row.email === null ? null : (index.people.get(row.email) ?? null);
      plan = {
        key, existing, email: row.email, homeUnitId: null,
        values: { name: null, phone: null, homeUnit: null, note: null, language: null },
        firstLine: { name: 0, phone: 0, homeUnit: 0, note: 0, language: 0 },
      };
      people.set(key, plan);
    }
    const given: Record<PersonField, string | null> = {
      name: row.name, phone: row.phone, homeUnit: row.homeUnit, note: row.note || null, language: row.language ?? null,
    };
    for (const field of ['name', 'phone', 'homeUnit', 'note', 'language'] as const) {
      const value = given[field];
      if (value === null) continue;
      const first = plan.values[field];
      if (first === null) {
        plan.values[field] = value;
        plan.firstLine[field] = row.line;
      } else if (!sameValue(field, first, value)) {
        add(row.line, field, 'CONFLICTING_VALUE', value, { firstLine: plan.firstLine[field] });
      }
    }
    rowPerson.set(row.line, plan);
  }

  for (const row of rows) {
    if (row.homeUnit === null) continue;
    const unit = index.units.get(row.homeUnit);
    const plan = rowPerson.get(row.line);
    if (!unit) add(row.line, 'homeUnit', 'UNKNOWN_UNIT', row.homeUnit);
    // An archived unit may stay someone's home, but nobody new is placed there.
    else if (unit.archived && plan?.existing?.homeUnitId !== unit.id) add(row.line, 'homeUnit', 'UNIT_ARCHIVED', row.homeUnit);
    else if (plan && plan.values.homeUnit === row.homeUnit) plan.homeUnitId = unit.id;
  }

  const assignments = planAssignments(rows, index, today, rowPerson, add);
  return { people: [...people.values()], assignments, issues };
}

function planAssignments(
  rows: readonly PeopleRow[],
  index: PeopleIndex,
  today: string,
  rowPerson: Map<number, PersonPlan>,
  add: (line: number, field: PeopleImportField, code: ImportIssue['code'], value?: string, params?: ImportIssue['params']) => void,
): AssignmentPlan[] {
  const planned: AssignmentPlan[] = [];
  const inFile = new Map<string, Period[]>();
  for (const row of rows) {
    if (row.role === null) continue;
    const role: IndexedRole | undefined = index.roles.get(searchKey(row.role));
    if (!role) add(row.line, 'role', 'UNKNOWN_ROLE', row.role);
    if (row.unit === null) continue;
    const unit = index.units.get(row.unit);
    if (!unit) add(row.line, 'unit', 'UNKNOWN_UNIT', row.unit);
    else if (unit.archived) add(row.line, 'unit', 'UNIT_ARCHIVED', row.unit);
    else if (role && !role.ranks.has(unit.rank)) {
      add(row.line, 'role', 'ROLE_NOT_AT_LEVEL', row.role, { level: unit.levelName });
    }
    const person = rowPerson.get(row.line);
    if (!role || !unit || unit.archived || !role.ranks.has(unit.rank) || !person) continue;
    if (row.startDate === undefined || row.endDate === undefined) continue;
    const startDate = row.startDate ?? today;
    const period = { line: row.line, startDate, endDate: row.endDate };
    if (period.endDate !== null && period.endDate <= startDate) continue;

    const fileKey = assignmentKey(person.key, role.id, unit.id);
    const earlier = inFile.get(fileKey)?.find((p) => overlaps(p, period));
    if (earlier) {
      add(row.line, 'role', 'DUPLICATE_ASSIGNMENT', row.role, { firstLine: earlier.line, unit: row.unit });
      continue;
    }
    inFile.set(fileKey, [...(inFile.get(fileKey) ?? []), period]);

    const stored = person.existing ? (index.assignments.get(assignmentKey(person.existing.id, role.id, unit.id)) ?? []) : [];
    const clash = stored.find((a) => overlaps(a, period));
    if (clash) {
      // The same assignment again (as in a re-imported export) is already there: nothing to do.
      const same = clash.endDate === period.endDate && (row.startDate === null || clash.startDate === row.startDate);
      if (!same) add(row.line, 'role', 'ALREADY_ASSIGNED', row.role, { unit: row.unit, startDate: clash.startDate });
      continue;
    }
    planned.push({
      line: row.line, roleText: row.role, unitCode: row.unit, personKey: person.key,
      roleId: role.id, unitId: unit.id, startDate, endDate: row.endDate,
    });
  }
  return planned;
}
