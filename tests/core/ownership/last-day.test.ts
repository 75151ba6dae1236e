// The last day a role is held, at the boundary. The store keeps an exclusive end
// (held while start <= day < end); forms and files give the last day itself.
// Each case checks who holds the role on that last day and on the day after.
import { describe, expect, it } from 'vitest';
import { exclusiveEnd } from '../../../src/shared/dates';
import { issuesOf, utf8Csv } from '../../fixtures/transfer';
import { openFixture, type Fixture } from './coverage-fixture';

/** Noon in Oslo on a calendar day, so no clock edge is involved. */
const noonOn = (day: string) => new Date(`${day}T11:00:00Z`);

async function demo(): Promise<Fixture & { heroy: number }> {
  const f = await openFixture(noonOn('2026-03-15'));
  await f.core.call('demo.load');
  const [row]: Array<{ id: number }> = await f.core.ds.query("SELECT id FROM unit WHERE code = '1515'");
  if (!row) throw new Error('no unit 1515');
  return Object.assign(f, { heroy: row.id });
}

/** Who holds chapter_leader at the unit on `day`, as the card shows it, and what the history says. */
async function leadersOn(f: Fixture, unitId: number, day: string) {
  f.setNow(noonOn(day));
  const card = await f.core.call('units.card', { id: unitId });
  expect(card.today).toBe(day);
  const leader = card.levels[0]?.roles.find((r) => r.roleKey === 'chapter_leader');
  const listed = await f.core.call('assignments.list', { unitId, includeEnded: true });
  return {
    card: (leader?.holders ?? []).map((h) => h.name),
    current: listed.filter((a) => a.roleId === f.roles.chapter_leader && a.current).map((a) => a.personName),
  };
}

const storedEnds = async (f: Fixture) =>
  ((await f.core.ds.query('SELECT start_date AS s, end_date AS e FROM assignment ORDER BY id')) as Array<{ s: string; e: string | null }>).map(
    (r) => [r.s, r.e],
  );

describe('a role held through its last day', () => {
  it('last day 28 February 2027: held on 28 February, not on 1 March (stored end 2027-03-01)', async () => {
    const f = await demo();
    const kari = await f.person('Kari Nordmann');
    await f.core.call('assignments.create', {
      personId: kari, roleId: f.roles.chapter_leader, unitId: f.heroy, startDate: '2026-03-01', endDate: exclusiveEnd('2027-02-28'),
    });
    expect(await storedEnds(f)).toEqual([['2026-03-01', '2027-03-01']]);
    expect(await leadersOn(f, f.heroy, '2027-02-28')).toEqual({ card: ['Kari Nordmann'], current: ['Kari Nordmann'] });
    expect(await leadersOn(f, f.heroy, '2027-03-01')).toEqual({ card: [], current: [] });
  });

  it('last day on the leap day 29 February 2028: held that day, not on 1 March', async () => {
    const f = await demo();
    const kari = await f.person('Kari Nordmann');
    await f.core.call('assignments.create', {
      personId: kari, roleId: f.roles.chapter_leader, unitId: f.heroy, startDate: '2026-03-01', endDate: exclusiveEnd('2028-02-29'),
    });
    expect(await storedEnds(f)).toEqual([['2026-03-01', '2028-03-01']]);
    expect(await leadersOn(f, f.heroy, '2028-02-28')).toEqual({ card: ['Kari Nordmann'], current: ['Kari Nordmann'] });
    expect(await leadersOn(f, f.heroy, '2028-02-29')).toEqual({ card: ['Kari Nordmann'], current: ['Kari Nordmann'] });
    expect(await leadersOn(f, f.heroy, '2028-03-01')).toEqual({ card: [], current: [] });
  });

  it('a one-day role (last day = start day) is held on that day only', async () => {
    const f = await demo();
    const kari = await f.person('Kari Nordmann');
    await f.core.call('assignments.create', {
      personId: kari, roleId: f.roles.chapter_leader, unitId: f.heroy, startDate: '2026-06-15', endDate: exclusiveEnd('2026-06-15'),
    });
    expect(await storedEnds(f)).toEqual([['2026-06-15', '2026-06-16']]);
    expect(await leadersOn(f, f.heroy, '2026-06-14')).toEqual({ card: [], current: [] });
    expect(await leadersOn(f, f.heroy, '2026-06-15')).toEqual({ card: ['Kari Nordmann'], current: ['Kari Nordmann'] });
    expect(await leadersOn(f, f.heroy, '2026-06-16')).toEqual({ card: [], current: [] });
  });

  it('ending a role with last day today keeps it held today and ends it tomorrow', async () => {
    const f = await demo();
    const kari = await f.person('Kari Nordmann');
    const row = await f.core.call('assignments.create', {
      personId: kari, roleId: f.roles.chapter_leader, unitId: f.heroy, startDate: '2026-03-15',
    });
    // A one-day role that started today: its last day is today.
    await f.core.call('assignments.end', { id: row.id, endDate: exclusiveEnd('2026-03-15') });
    expect(await storedEnds(f)).toEqual([['2026-03-15', '2026-03-16']]);
    expect(await leadersOn(f, f.heroy, '2026-03-15')).toEqual({ card: ['Kari Nordmann'], current: ['Kari Nordmann'] });
    expect(await leadersOn(f, f.heroy, '2026-03-16')).toEqual({ card: [], current: [] });
  });
});

describe('people import: the end column is the last day held', () => {
  const HEADER = 'navn;e-post;rolle;enhet;fra;til';

  it('stores the day after the last day, so the person holds the role on that day and not the next', async () => {
    const f = await demo();
    const file = utf8Csv([
      HEADER,
      'Kari Nordmann;kari@example.no;Lagleder;1515;01.03.2026;28.02.2027',
      'Ola Nordmann;ola@example.no;Lagleder;1515;2026-03-01;2028-02-29',
      'Per Hansen;per@example.no;Lagleder;1515;2026-06-15;15.06.2026',
    ].join('\n'), { fileName: 'personer.csv' });
    const preview = await f.core.call('people.importPreview', file);
    expect(preview.mapping).toMatchObject({ startDate: 4, endDate: 5 });
    expect(await f.core.call('people.import', { ...file, mapping: preview.mapping })).toEqual({
      peopleCreated: 3, peopleUpdated: 0, assignmentsCreated: 3,
    });
    expect(await storedEnds(f)).toEqual([
      ['2026-03-01', '2027-03-01'],
      ['2026-03-01', '2028-03-01'],
      ['2026-06-15', '2026-06-16'],
    ]);
    expect((await leadersOn(f, f.heroy, '2026-06-15')).card.sort()).toEqual(['Kari Nordmann', 'Ola Nordmann', 'Per Hansen']);
    expect((await leadersOn(f, f.heroy, '2026-06-16')).card.sort()).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect((await leadersOn(f, f.heroy, '2027-02-28')).card.sort()).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(await leadersOn(f, f.heroy, '2027-03-01')).toEqual({ card: ['Ola Nordmann'], current: ['Ola Nordmann'] });
    expect(await leadersOn(f, f.heroy, '2028-02-29')).toEqual({ card: ['Ola Nordmann'], current: ['Ola Nordmann'] });
    expect(await leadersOn(f, f.heroy, '2028-03-01')).toEqual({ card: [], current: [] });
  });

  it('refuses a last day before the start, naming the typed day', async () => {
    const f = await demo();
    const file = utf8Csv([HEADER, 'Kari Nordmann;kari@example.no;Lagleder;1515;01.03.2026;28.02.2026'].join('\n'), { fileName: 'personer.csv' });
    const env = await f.core.raw('people.import', { ...file, mapping: { name: 0, email: 1, phone: null, homeUnit: null, note: null, role: 2, unit: 3, startDate: 4, endDate: 5 } });
    expect(issuesOf(env)).toEqual([{ line: 2, field: 'endDate', code: 'DATE_ORDER', value: '2026-02-28', params: { startDate: '2026-03-01' } }]);
    expect(await storedEnds(f)).toEqual([]);
  });
});
