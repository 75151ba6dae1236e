import { describe, expect, it } from 'vitest';
import type { ParamsOf } from '../../../src/shared/contract';
import { openTestCore, type TestCore } from '../../support/db';
import { seedSmallOrg } from '../../support/seed';

const NOW = () => new Date('2026-03-15T12:00:00Z');

async function seed(core: TestCore) {
  const { top, mr, heroy, role } = await seedSmallOrg(core);
  return { top, mr, heroy, role };
}

function decode(file: { base64: string }): string {
  return Buffer.from(file.base64, 'base64').toString('utf8');
}

describe('people', () => {
  it('creates, reads and updates a person, keeping the search name in Norwegian lower case', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, mr } = await seed(core);
    const created = await core.call('people.create', {
      name: 'Åse Ødegård', email: 'Ase@Example.NO', phone: '+47 900 00 000', homeUnitId: heroy.id, note: 'Valgt 2025',
    });
    expect(created).toMatchObject({
      name: 'Åse Ødegård', email: 'ase@example.no', homeUnitCode: '1515', homeUnitName: 'Herøy',
      active: true, erased: false, currentRoles: 0, note: 'Valgt 2025', assignments: [],
    });
    const updated = await core.call('people.update', { id: created.id, name: 'Åse Ødegård Berg', homeUnitId: mr.id, phone: null });
    expect(updated).toMatchObject({ name: 'Åse Ødegård Berg', phone: null, homeUnitCode: '15', email: 'ase@example.no' });
    expect((await core.call('people.get', { id: created.id })).name).toBe('Åse Ødegård Berg');
    const hits = await core.call('people.search', { query: 'ØDEGÅRD BERG' });
    expect(hits.rows.map((r) => r.id)).toEqual([created.id]);
  });

  it('refuses an e-mail already in use, whatever its case, naming the holder', async () => {
    const core = await openTestCore({ now: NOW });
    await seed(core);
    await core.call('people.create', { name: 'Kari Nordmann', email: 'kari@example.no' });
    const other = await core.call('people.create', { name: 'Ola Nordmann', email: 'ola@example.no' });
    const dup = await core.raw('people.create', { name: 'Kari N.', email: 'KARI@example.no' });
    expect(dup.ok ? null : dup.error).toMatchObject({ code: 'EMAIL_TAKEN', details: { email: 'kari@example.no', name: 'Kari Nordmann' } });
    const upd = await core.raw('people.update', { id: other.id, email: 'kari@example.no' });
    expect(upd.ok ? null : upd.error.code).toBe('EMAIL_TAKEN');
    // Keeping one's own address is not a clash.
    expect((await core.call('people.update', { id: other.id, email: 'ola@example.no', note: 'x' })).note).toBe('x');
  });

  it('refuses a home unit that does not exist', async () => {
    const core = await openTestCore({ now: NOW });
    const env = await core.raw('people.create', { name: 'Kari', homeUnitId: 999 });
    expect(env.ok ? null : env.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'unit', id: 999 } });
    const missing = await core.raw('people.get', { id: 42 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });

  it('searches by name, e-mail, home unit name or code, and by unit including roles held there', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, mr, role } = await seed(core);
    const kari = await core.call('people.create', { name: 'Kari Nordmann', email: 'kari@lag.no', homeUnitId: heroy.id });
    const ola = await core.call('people.create', { name: 'Ola Ås', email: 'ola@fylke.no', homeUnitId: mr.id });
    const per = await core.call('people.create', { name: 'Per Ødegård', email: null });
    const gone = await core.call('people.create', { name: 'Pål Passiv', homeUnitId: heroy.id, active: false });
    await core.call('assignments.create', { personId: per.id, roleId: role('super_user'), unitId: heroy.id, startDate: '2025-01-01' });
    // An ended role does not place Ola in Herøy.
    await core.call('assignments.create', {
      personId: ola.id, roleId: role('chapter_leader'), unitId: heroy.id, startDate: '2024-01-01', endDate: '2025-01-01',
    });

    const names = async (input: ParamsOf<'people.search'>) => (await core.call('people.search', input)).rows.map((r) => r.name);
    expect(await names({ query: 'nordm' })).toEqual(['Kari Nordmann']);
    expect(await names({ query: 'FYLKE.NO' })).toEqual(['Ola Ås']);
    expect(await names({ query: 'herøy' })).toEqual(['Kari Nordmann']);
    expect(await names({ query: '15' })).toEqual(['Kari Nordmann', 'Ola Ås']);
    expect(await names({ query: 'ødegård' })).toEqual(['Per Ødegård']);
    expect(await names({ unitId: heroy.id })).toEqual(['Kari Nordmann', 'Per Ødegård']);
    expect(await names({ unitId: heroy.id, includeInactive: true })).toEqual(['Kari Nordmann', 'Per Ødegård', 'Pål Passiv']);
    expect(await names({ query: '100%' })).toEqual([]);

    const all = await core.call('people.search', {});
    expect(all.total).toBe(3);
    expect(all.rows.find((r) => r.id === per.id)?.currentRoles).toBe(1);
    expect(all.rows.find((r) => r.id === ola.id)?.currentRoles).toBe(0);
    const page = await core.call('people.search', { limit: 2, offset: 2, includeInactive: true });
    expect(page).toMatchObject({ total: 4 });
    expect(page.rows.map((r) => r.id)).toEqual([per.id, gone.id]);
    expect(kari.id).toBeLessThan(ola.id);
  });

  it('exports everything held about a person as JSON, with every assignment', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, mr, role } = await seed(core);
    const kari = await core.call('people.create', {
      name: 'Kari Nordmann', email: 'kari@example.no', phone: '41234567', homeUnitId: heroy.id, note: 'Foretrekker SMS',
    });
    await core.call('assignments.create', { personId: kari.id, roleId: role('chapter_leader'), unitId: heroy.id, startDate: '2024-03-01', endDate: '2025-03-01' });
    await core.call('assignments.create', { personId: kari.id, roleId: role('sponsor'), unitId: mr.id, startDate: '2025-03-01' });
    const file = await core.call('people.exportData', { id: kari.id });
    expect(file.fileName).toBe(`person-${kari.id}-2026-03-15.json`);
    expect(file.mimeType).toBe('application/json');
    const text = decode(file);
    expect(text).toContain('\n  "person"');
    const data = JSON.parse(text);
    expect(data.person).toMatchObject({
      id: kari.id, name: 'Kari Nordmann', email: 'kari@example.no', phone: '41234567', note: 'Foretrekker SMS',
      active: true, homeUnit: { code: '1515', name: 'Herøy' }, erasedAt: null,
    });
    expect(typeof data.person.createdAt).toBe('string');
    expect(data.assignments).toEqual([
      { role: { nb: 'Sponsor', en: 'Sponsor' }, unit: { code: '15', name: 'Møre og Romsdal' }, startDate: '2025-03-01', lastDay: null },
      // Stored to end 2025-03-01 (exclusive): her last day was 28 February.
      { role: { nb: 'Lagleder', en: 'Chapter leader' }, unit: { code: '1515', name: 'Herøy' }, startDate: '2024-03-01', lastDay: '2025-02-28' },
    ]);
    expect(Object.keys(data).sort()).toEqual([
      'activityLog', 'assignments', 'caseNotes', 'exportedAt', 'person', 'stageNotes', 'supportCases', 'trainingSessions', 'unitNotes', 'waveNotes',
    ]);
    // Nothing else names her: the other sections are empty (people-erase.test.ts fills them).
    expect(data).toMatchObject({ supportCases: [], caseNotes: [], trainingSessions: [], stageNotes: [], waveNotes: [], unitNotes: [], activityLog: [] });
  });

  it('erases a person: personal fields gone, current roles ended today, history kept, idempotent', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, role } = await seed(core);
    const kari = await core.call('people.create', {
      name: 'Kari Nordmann', email: 'kari@example.no', phone: '41234567', homeUnitId: heroy.id, note: 'Foretrekker SMS',
    });
    await core.call('assignments.create', { personId: kari.id, roleId: role('chapter_leader'), unitId: heroy.id, startDate: '2025-01-01' });
    await core.call('assignments.create', { personId: kari.id, roleId: role('local_support'), unitId: heroy.id, startDate: '2024-01-01', endDate: '2025-01-01' });
    await core.call('assignments.create', { personId: kari.id, roleId: role('super_user'), unitId: heroy.id, startDate: '2026-04-01' });

    const erased = await core.call('people.erase', { id: kari.id });
    expect(erased).toMatchObject({ name: '', email: null, phone: null, note: '', active: false, erased: true, currentRoles: 0 });
    // The current role ends today (2026-03-15 in Oslo) and shows as a gap; the past
    // one stays as it was; the one planned for April never took effect and is gone.
    expect(erased.assignments.map((a) => [a.startDate, a.endDate])).toEqual([
      ['2025-01-01', '2026-03-15'], ['2024-01-01', '2025-01-01'],
    ]);
    expect(erased.assignments.every((a) => a.personErased && a.personName === '')).toBe(true);
    const atUnit = await core.call('assignments.list', { unitId: heroy.id });
    expect(atUnit).toEqual([]);
    const card = await core.call('units.card', { id: heroy.id });
    const leader = card.levels[0]?.roles.find((r) => r.roleKey === 'chapter_leader');
    expect(leader).toMatchObject({ state: 'vacant', vacantSince: '2026-03-15', holders: [] });

    expect((await core.call('people.search', { query: 'kari', includeInactive: true })).total).toBe(0);
    expect((await core.call('people.search', { query: 'kari@example.no', includeInactive: true })).total).toBe(0);
    expect((await core.call('people.search', {})).total).toBe(0);

    const text = decode(await core.call('people.exportData', { id: kari.id }));
    for (const secret of ['Kari', 'Nordmann', 'kari@example.no', '41234567', 'SMS']) expect(text).not.toContain(secret);
    const data = JSON.parse(text);
    expect(data.person).not.toHaveProperty('name');
    expect(data.person.erasedAt).toBe('2026-03-15T12:00:00.000Z');
    expect(data.assignments).toHaveLength(2);

    const again = await core.call('people.erase', { id: kari.id });
    expect(again).toEqual(erased);
    const upd = await core.raw('people.update', { id: kari.id, name: 'Kari igjen' });
    expect(upd.ok ? null : upd.error.code).toBe('PERSON_ERASED');
    const assign = await core.raw('assignments.create', { personId: kari.id, roleId: role('super_user'), unitId: heroy.id, startDate: '2026-01-01' });
    expect(assign.ok ? null : assign.error.code).toBe('PERSON_ERASED');
    // The e-mail address is free again.
    expect((await core.call('people.create', { name: 'Ny Kari', email: 'kari@example.no' })).email).toBe('kari@example.no');
  });
});
