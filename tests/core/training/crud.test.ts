// Session types and sessions through the API: names, roles, deletion rules,
// attendees (existing, not erased, duplicates ignored), listing and paging.
import { describe, expect, it } from 'vitest';
import { openTrainingFixture } from './fixture';

describe('trainingTypes', () => {
  it('lists the six seeded types with their validity and roles', async () => {
    const f = await openTrainingFixture();
    const types = await f.core.call('trainingTypes.list');
    expect(types.map((t) => [t.key, t.validityMonths, t.requiredForAll])).toEqual([
      ['basic', 24, true], ['advanced', null, false], ['focus', null, false], ['refresher', 12, true], ['newcomer', null, false],
      ['gathering', 12, false],
    ]);
    expect(types.find((t) => t.key === 'advanced')?.roleIds).toEqual([f.role('super_user')]);
  });

  it('creates and updates a type, refusing a name taken in either language and unknown roles', async () => {
    const f = await openTrainingFixture();
    const created = await f.core.call('trainingTypes.create', {
      nameNb: 'Støtteopplæring', nameEn: 'Support training', validityMonths: 6, roleIds: [f.role('local_support'), f.role('local_support')],
    });
    expect(created).toMatchObject({ key: null, validityMonths: 6, requiredForAll: false, roleIds: [f.role('local_support')], sortOrder: 6, sessionCount: 0 });
    // "grunnopplæring" is the basic type's Norwegian name; Basic Training its English one, in any case.
    expect(await f.core.raw('trainingTypes.create', { nameNb: 'GRUNNOPPLÆRING', nameEn: 'Something' }))
      .toMatchObject({ ok: false, error: { code: 'NAME_TAKEN', details: { name: 'GRUNNOPPLÆRING' } } });
    expect(await f.core.raw('trainingTypes.update', { id: created.id, nameEn: 'basic training' }))
      .toMatchObject({ ok: false, error: { code: 'NAME_TAKEN', details: { name: 'basic training' } } });
    expect(await f.core.raw('trainingTypes.create', { nameNb: 'Ny', nameEn: 'New', roleIds: [99999] }))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { entity: 'role', id: 99999 } } });
    // Its own names may stay as they are.
    const updated = await f.core.call('trainingTypes.update', {
      id: created.id, nameNb: 'Støtteopplæring', requiredForAll: true, validityMonths: null, roleIds: [f.role('super_user'), f.role('chapter_leader')],
    });
    expect(updated).toMatchObject({ requiredForAll: true, validityMonths: null });
    expect([...updated.roleIds].sort()).toEqual([f.role('super_user'), f.role('chapter_leader')].sort());
    expect(await f.core.raw('trainingTypes.update', { id: 99999, nameNb: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses to delete a type that has sessions, naming it and the count', async () => {
    const f = await openTrainingFixture();
    await f.session('focus', '2026-01-10', '0301', []);
    await f.session('focus', '2026-02-10', '0301', []);
    expect(await f.core.raw('trainingTypes.delete', { id: f.type('focus') }))
      .toMatchObject({ ok: false, error: { code: 'TRAINING_TYPE_IN_USE', details: { name: 'Fokusøkt', nameEn: 'Focus session', sessions: 2 } } });
    expect(await f.core.call('trainingTypes.delete', { id: f.type('advanced') })).toEqual({ id: f.type('advanced') });
    const keys = (await f.core.call('trainingTypes.list')).map((t) => t.key);
    expect(keys).toEqual(['basic', 'focus', 'refresher', 'newcomer', 'gathering']);
    expect((await f.core.call('trainingTypes.list')).find((t) => t.key === 'focus')?.sessionCount).toBe(2);
  });
});

describe('trainingSessions', () => {
  it('records a session with its attendees, ignoring duplicates, and lists names with erased people blank', async () => {
    const f = await openTrainingFixture();
    const kari = (await f.core.call('people.create', { name: 'Kari Nordmann', email: 'kari@example.no' })).id;
    const ola = await f.person('Ola Nordmann');
    const created = await f.core.call('trainingSessions.create', {
      typeId: f.type('basic'), date: '2026-02-01', unitId: f.unit('0301'), format: 'digital', trainer: 'Trude', attendeeIds: [ola, kari, ola],
    });
    expect(created).toMatchObject({
      typeNameNb: 'Grunnopplæring', typeNameEn: 'Basic training', date: '2026-02-01', unitCode: '0301', unitName: 'Oslo',
      format: 'digital', trainer: 'Trude', attendeeCount: 2,
    });
    expect(created.attendees).toEqual([
      { personId: kari, name: 'Kari Nordmann', email: 'kari@example.no' },
      { personId: ola, name: 'Ola Nordmann', email: null },
    ]);
    await f.core.call('people.erase', { id: kari });
    const after = await f.core.call('trainingSessions.get', { id: created.id });
    expect(after.attendees).toContainEqual({ personId: kari, name: '', email: null });
  });

  it('refuses unknown types, units and people, erased people and archived units', async () => {
    const f = await openTrainingFixture();
    const erased = await f.person('Gone');
    await f.core.call('people.erase', { id: erased });
    const base = { typeId: f.type('basic'), date: '2026-02-01', unitId: f.unit('0301'), format: 'in_person' as const };
    expect(await f.core.raw('trainingSessions.create', { ...base, typeId: 99999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { entity: 'trainingType' } } });
    expect(await f.core.raw('trainingSessions.create', { ...base, unitId: 99999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { entity: 'unit' } } });
    expect(await f.core.raw('trainingSessions.create', { ...base, attendeeIds: [99999] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { entity: 'person', id: 99999 } } });
    expect(await f.core.raw('trainingSessions.create', { ...base, attendeeIds: [erased] })).toMatchObject({ ok: false, error: { code: 'PERSON_ERASED', details: { id: erased } } });
    expect(await f.core.raw('trainingSessions.create', { ...base, format: 'carrier_pigeon' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await f.core.call('units.archive', { id: f.unit('1505') });
    expect(await f.core.raw('trainingSessions.create', { ...base, unitId: f.unit('1505') }))
      .toMatchObject({ ok: false, error: { code: 'UNIT_ARCHIVED', details: { code: '1505', name: 'Kristiansund' } } });
    // Nothing was written by the refused calls.
    expect((await f.core.call('trainingSessions.list', {})).total).toBe(0);
  });

  it('updates fields and replaces the attendee list, keeping an erased person who already attended', async () => {
    const f = await openTrainingFixture();
    const [kari, ola, per] = [await f.person('Kari'), await f.person('Ola'), await f.person('Per')];
    const id = await f.session('basic', '2026-02-01', '0301', [kari, ola]);
    await f.core.call('people.erase', { id: ola });
    const moved = await f.core.call('trainingSessions.update', { id, typeId: f.type('refresher'), date: '2026-02-02', unitId: f.unit('1505'), format: 'video', trainer: 'Trude' });
    expect(moved).toMatchObject({ typeNameEn: 'Annual refresher', date: '2026-02-02', unitCode: '1505', format: 'video', trainer: 'Trude', attendeeCount: 2 });
    const replaced = await f.core.call('trainingSessions.update', { id, attendeeIds: [ola, per] });
    expect(replaced.attendees.map((a) => a.personId)).toEqual([ola, per]);
    const erasedNew = await f.person('Gone');
    await f.core.call('people.erase', { id: erasedNew });
    expect(await f.core.raw('trainingSessions.update', { id, attendeeIds: [per, erasedNew] })).toMatchObject({ ok: false, error: { code: 'PERSON_ERASED' } });
    expect((await f.core.call('trainingSessions.get', { id })).attendeeCount).toBe(2);
    await f.core.call('units.archive', { id: f.unit('1506') });
    expect(await f.core.raw('trainingSessions.update', { id, unitId: f.unit('1506') })).toMatchObject({ ok: false, error: { code: 'UNIT_ARCHIVED' } });
    expect(await f.core.raw('trainingSessions.update', { id: 99999, trainer: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists newest first with filters and paging, and deletes a session with its attendance', async () => {
    const f = await openTrainingFixture();
    const kari = await f.person('Kari');
    const a = await f.session('basic', '2026-01-10', '0301', [kari]);
    const b = await f.session('focus', '2026-02-10', '0301', []);
    const c = await f.session('basic', '2026-02-10', '1505', []);
    const d = await f.session('basic', '2025-12-01', '1505', []);
    const ids = async (input: Parameters<typeof f.core.call<'trainingSessions.list'>>[1]) => {
      const page = await f.core.call('trainingSessions.list', input);
      return [page.rows.map((r) => r.id), page.total];
    };
    expect(await ids({})).toEqual([[c, b, a, d], 4]);
    expect(await ids({ unitId: f.unit('0301') })).toEqual([[b, a], 2]);
    expect(await ids({ typeId: f.type('basic') })).toEqual([[c, a, d], 3]);
    expect(await ids({ from: '2026-01-10', to: '2026-02-09' })).toEqual([[a], 1]);
    expect(await ids({ limit: 2, offset: 1 })).toEqual([[b, a], 4]);
    expect(await f.core.call('trainingSessions.delete', { id: a })).toEqual({ id: a, undoId: expect.any(Number) });
    expect(await f.core.raw('trainingSessions.get', { id: a })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await f.core.ds.query('SELECT COUNT(*) AS n FROM attendance')).toEqual([{ n: 0 }]);
    expect(await f.core.raw('trainingSessions.delete', { id: a })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
