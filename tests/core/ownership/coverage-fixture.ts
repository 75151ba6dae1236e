// Shared setup for the coverage, overload and card tests: a small tree made
// through the API, and people and assignments inserted straight with TypeORM,
// so these tests do not depend on the people and assignment services.
import { Assignment, Person } from '../../../src/core/db/entities';
import { searchKey } from '../../../src/core/text';
import { openTestCore, type TestCore } from '../../support/db';
import type { OpenCoreOptions } from '../../../src/core';

/** 2026-03-15 in Oslo, midday. */
export const NOON_MARCH_15 = new Date('2026-03-15T12:00:00Z');

export type RoleKey =
  | 'system_owner' | 'technical_owner' | 'functional_owner' | 'functional_group'
  | 'sponsor' | 'super_user' | 'local_support' | 'chapter_leader';

export interface Fixture {
  core: TestCore;
  /** Changes "now" for the calls that follow. */
  setNow(instant: Date): void;
  roles: Record<RoleKey, number>;
  person(name: string, contact?: { email?: string; phone?: string }): Promise<number>;
  assign(personId: number, role: RoleKey, unitId: number, startDate: string, endDate?: string | null): Promise<number>;
}

export async function openFixture(now: Date = NOON_MARCH_15, accounts?: OpenCoreOptions['accounts']): Promise<Fixture> {
  let clock = now;
  const core = await openTestCore({ now: () => clock, ...(accounts ? { accounts } : {}) });
  const rows: Array<{ id: number; key: RoleKey }> = await core.ds.query('SELECT id, key FROM role WHERE key IS NOT NULL');
  const roles = Object.fromEntries(rows.map((r) => [r.key, r.id])) as Record<RoleKey, number>;
  return {
    core,
    setNow: (instant) => {
      clock = instant;
    },
    roles,
    person: async (name, contact = {}) => {
      const result = await core.ds.manager.insert(Person, {
        name, searchName: searchKey(name), email: contact.email ?? null, phone: contact.phone ?? null,
      });
      return (result.identifiers[0] as { id: number }).id;
    },
    assign: async (personId, role, unitId, startDate, endDate = null) => {
      const result = await core.ds.manager.insert(Assignment, { personId, roleId: roles[role], unitId, startDate, endDate });
      return (result.identifiers[0] as { id: number }).id;
    },
  };
}

/** National office, two regions, three chapters: 00 > 01 > 0101, 0102; 00 > 02 > 0201. */
export async function smallOrg(core: TestCore) {
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  const top = await core.call('units.create', { code: '00', name: 'Landsforbundet', levelId: national.id, parentId: null });
  const east = await core.call('units.create', { code: '01', name: 'Østlandet', levelId: region.id, parentId: top.id });
  const west = await core.call('units.create', { code: '02', name: 'Vestlandet', levelId: region.id, parentId: top.id });
  const herøy = await core.call('units.create', { code: '0101', name: 'Herøy', levelId: chapter.id, parentId: east.id });
  const våler = await core.call('units.create', { code: '0102', name: 'Våler', levelId: chapter.id, parentId: east.id });
  const bø = await core.call('units.create', { code: '0201', name: 'Bø', levelId: chapter.id, parentId: west.id });
  return { top, east, west, herøy, våler, bø };
}
