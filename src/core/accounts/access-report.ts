// Who may see and do what, and why: the sources of a person's access today and later
// (their roles, their explicit grants, the account's administrator flag), and the
// explicit grants for staff who hold no role. The same sources the guard resolves
// (access/scope.ts), so the report cannot disagree with the check.
import type { EntityManager } from 'typeorm';
import { AccessGrant, Person, Unit, UserAccount } from '../db/entities';
import { AppError, notFound } from '../errors';
import { resolveScope } from '../access/scope';
import type { AccessLevel } from '../../shared/access';
import type { AccessReport, AccessSource } from '../../shared/types-accounts';

interface RawSource {
  kind: 'role' | 'grant';
  level: AccessLevel;
  canExport: boolean | number;
  unitId: number;
  unitCode: string;
  unitName: string;
  roleNb: string | null;
  roleEn: string | null;
  note: string;
  since: string;
  until: string | null;
  grantId: number | null;
}

export async function accessReport(em: EntityManager, personId: number, today: string): Promise<AccessReport> {
  const person = await em.findOneBy(Person, { id: personId });
  if (!person) throw notFound('person', personId);
  const account = await em.findOneBy(UserAccount, { personId });
  const admin = Boolean(account?.isAdmin && account.active);
  const rows: RawSource[] = await em.query(
    `SELECT 'role' AS kind, r.access_level AS level, r.can_export AS "canExport", u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName",
            r.name_nb AS "roleNb", r.name_en AS "roleEn", '' AS note, a.start_date AS since, a.end_date AS until, NULL AS "grantId"
       FROM assignment a JOIN role r ON r.id = a.role_id JOIN unit u ON u.id = a.unit_id
      WHERE a.person_id = ? AND (a.end_date IS NULL OR a.end_date > ?)
     UNION ALL
     SELECT 'grant', g.level, g.can_export, u.id, u.code, u.name, NULL, NULL, g.note, g.start_date, g.end_date, g.id
       FROM access_grant g JOIN unit u ON u.id = g.unit_id
      WHERE g.person_id = ? AND (g.end_date IS NULL OR g.end_date > ?)
     ORDER BY since, "unitCode"`,
    [personId, today, personId, today],
  );
  const sources: AccessSource[] = rows.map((r) => ({ ...r, canExport: Boolean(r.canExport), grantId: r.grantId === null ? null : Number(r.grantId) }));
  if (admin) {
    sources.unshift({ kind: 'admin', level: 'administer', canExport: true, unitId: null, unitCode: null, unitName: null, roleNb: null, roleEn: null, note: '', since: null, until: null, grantId: null });
  }
  const scope = await resolveScope(em, personId, today, admin);
  const count = (test: (id: number) => boolean) => [...scope.readable].filter(test).length;
  return {
    personId,
    name: person.name,
    sources,
    readable: scope.readable.size,
    writable: count((id) => scope.writable(id, 'org')),
    exportable: scope.exportable.size,
    administers: scope.administer,
  };
}

export async function createGrant(
  em: EntityManager,
  today: string,
  input: { personId: number; unitId: number; level: AccessLevel; canExport: boolean; startDate: string; endDate: string | null; note: string },
): Promise<{ grantId: number; report: AccessReport }> {
  const person = await em.findOneBy(Person, { id: input.personId });
  if (!person) throw notFound('person', input.personId);
  if (person.erasedAt) throw new AppError('PERSON_ERASED', 'The person is erased', { id: person.id });
  const unit = await em.findOneBy(Unit, { id: input.unitId });
  if (!unit) throw notFound('unit', input.unitId);
  if (unit.archived) throw new AppError('UNIT_ARCHIVED', 'The unit is archived', { code: unit.code, name: unit.name });
  if (input.endDate !== null && input.endDate <= input.startDate) {
    throw new AppError('DATE_ORDER', 'The end is not after the start', { startDate: input.startDate, endDate: input.endDate, field: 'endDate' });
  }
  const saved = await em.save(AccessGrant, em.create(AccessGrant, { ...input }));
  return { grantId: saved.id, report: await accessReport(em, input.personId, today) };
}

/** Ends the grant today (end dates are exclusive: no access from today); one not started yet is removed. */
export async function endGrant(em: EntityManager, today: string, id: number): Promise<AccessReport> {
  const grant = await em.findOneBy(AccessGrant, { id });
  if (!grant) throw notFound('grant', id);
  if (grant.startDate >= today) await em.delete(AccessGrant, { id });
  else if (grant.endDate === null || grant.endDate > today) await em.update(AccessGrant, { id }, { endDate: today });
  return accessReport(em, grant.personId, today);
}
