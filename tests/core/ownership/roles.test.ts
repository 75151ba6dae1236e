import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/db';
import { seedSmallOrg } from '../../support/seed';

const NOW = () => new Date('2026-03-15T12:00:00Z');

async function seed(core: TestCore) {
  const { top, mr, heroy, role } = await seedSmallOrg(core);
  const kari = await core.call('people.create', { name: 'Kari Nordmann', email: 'kari@example.no' });
  return { top, mr, heroy, kari, role };
}

describe('role catalog', () => {
  it('is seeded with the eight roles of the rollout method and their minimums per level rank', async () => {
    const core = await openTestCore({ now: NOW });
    const roles = await core.call('roles.list');
    expect(roles.map((r) => [r.key, r.nameNb, r.requirements.map((q) => [q.levelRank, q.minimum])])).toEqual([
      ['system_owner', 'Systemeier', [[0, 1]]],
      ['technical_owner', 'Teknisk ansvarlig', [[0, 1]]],
      ['functional_owner', 'Fagansvarlig', [[0, 1]]],
      ['functional_group', 'Faggruppe', [[0, 2]]],
      ['sponsor', 'Sponsor', [[1, 1]]],
      ['super_user', 'Superbruker', [[1, 1], [2, 1]]],
      ['local_support', 'Lokal supportkontakt', [[2, 1]]],
      ['chapter_leader', 'Lagleder', [[2, 1]]],
    ]);
    expect(roles.map((r) => r.sortOrder)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(roles.every((r) => r.nameEn !== '' && r.descriptionNb !== '' && r.descriptionEn !== '' && r.currentAssignments === 0)).toBe(true);
  });

  it('adds a role at the end with sorted requirements and no key, and refuses a name taken in either language', async () => {
    const core = await openTestCore({ now: NOW });
    const created = await core.call('roles.create', {
      nameNb: 'Opplæringsansvarlig', nameEn: 'Training lead',
      requirements: [{ levelRank: 2, minimum: 0 }, { levelRank: 1, minimum: 1 }],
    });
    expect(created).toMatchObject({
      key: null, sortOrder: 8, currentAssignments: 0, descriptionNb: '',
      requirements: [{ levelRank: 1, minimum: 1 }, { levelRank: 2, minimum: 0 }],
    });
    expect((await core.call('roles.list')).at(-1)?.id).toBe(created.id);
    const byNb = await core.raw('roles.create', { nameNb: 'superbruker', nameEn: 'Something', requirements: [{ levelRank: 2, minimum: 1 }] });
    expect(byNb.ok ? null : byNb.error).toMatchObject({ code: 'ROLE_NAME_TAKEN', details: { name: 'superbruker' } });
    // An English name that repeats another role's Norwegian name is also a clash.
    const cross = await core.raw('roles.create', { nameNb: 'Noe nytt', nameEn: 'LAGLEDER', requirements: [{ levelRank: 2, minimum: 1 }] });
    expect(cross.ok ? null : cross.error).toMatchObject({ code: 'ROLE_NAME_TAKEN', details: { name: 'LAGLEDER' } });
    const twice = await core.raw('roles.create', { nameNb: 'X', nameEn: 'Y', requirements: [{ levelRank: 2, minimum: 1 }, { levelRank: 2, minimum: 0 }] });
    expect(twice.ok ? null : twice.error.code).toBe('INVALID_INPUT');
  });

  it('renames a role (keeping its own name is fine) and changes minimums', async () => {
    const core = await openTestCore({ now: NOW });
    const { role } = await seed(core);
    const renamed = await core.call('roles.update', {
      id: role('sponsor'), nameNb: 'Sponsor', nameEn: 'Executive sponsor', requirements: [{ levelRank: 1, minimum: 2 }],
    });
    expect(renamed).toMatchObject({ key: 'sponsor', nameNb: 'Sponsor', nameEn: 'Executive sponsor', requirements: [{ levelRank: 1, minimum: 2 }] });
    const clash = await core.raw('roles.update', { id: role('sponsor'), nameEn: 'Super-user' });
    expect(clash.ok ? null : clash.error.code).toBe('ROLE_NAME_TAKEN');
  });

  it('refuses to remove a level where the role is held, but allows it once the holder has left', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, kari, role } = await seed(core);
    const held = await core.call('assignments.create', { personId: kari.id, roleId: role('super_user'), unitId: heroy.id, startDate: '2025-01-01' });
    expect((await core.call('roles.list')).find((r) => r.key === 'super_user')?.currentAssignments).toBe(1);
    const env = await core.raw('roles.update', { id: role('super_user'), requirements: [{ levelRank: 1, minimum: 1 }] });
    expect(env.ok ? null : env.error).toMatchObject({ code: 'ROLE_IN_USE', details: { name: 'Superbruker', assignments: 1 } });
    expect((await core.call('roles.list')).find((r) => r.key === 'super_user')?.requirements).toHaveLength(2);
    // Changing the minimum at a level in use is fine.
    await core.call('roles.update', { id: role('super_user'), requirements: [{ levelRank: 1, minimum: 1 }, { levelRank: 2, minimum: 2 }] });
    await core.call('assignments.end', { id: held.id, endDate: '2026-03-01' });
    const narrowed = await core.call('roles.update', { id: role('super_user'), requirements: [{ levelRank: 1, minimum: 1 }] });
    expect(narrowed.requirements).toEqual([{ levelRank: 1, minimum: 1 }]);
  });

  it('deletes only a role that was never assigned', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, kari, role } = await seed(core);
    const a = await core.call('assignments.create', { personId: kari.id, roleId: role('local_support'), unitId: heroy.id, startDate: '2024-01-01' });
    await core.call('assignments.end', { id: a.id, endDate: '2025-01-01' });
    const env = await core.raw('roles.delete', { id: role('local_support') });
    expect(env.ok ? null : env.error).toMatchObject({ code: 'ROLE_IN_USE', details: { name: 'Lokal supportkontakt', assignments: 1 } });
    expect(await core.call('roles.delete', { id: role('chapter_leader') })).toEqual({ id: role('chapter_leader') });
    const keys = (await core.call('roles.list')).map((r) => r.key);
    expect(keys).toContain('local_support');
    expect(keys).not.toContain('chapter_leader');
    const missing = await core.raw('roles.delete', { id: 999 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
