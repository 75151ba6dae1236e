// One search for every list: case, diacritics and word order do not matter, and
// «aa» finds «å». The same table runs on SQLite and, with
// FORANKRING_TEST_DRIVER=postgres, on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { foldText, matchesQuery } from '../../src/shared/fold';
import { openTestCore, type TestCore } from '../support/db';

async function seed(core: TestCore): Promise<void> {
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  const unit = async (code: string, name: string, levelId: number, parentId: number | null) =>
    (await core.call('units.create', { code, name, levelId, parentId })).id;
  const top = await unit('00', 'Landsforbundet', national.id, null);
  const mr = await unit('15', 'Møre og Romsdal', region.id, top);
  const nl = await unit('18', 'Nordland', region.id, top);
  const tr = await unit('55', 'Troms', region.id, top);
  const ro = await unit('11', 'Rogaland', region.id, top);
  await unit('1515', 'Herøy', chapter.id, mr);
  await unit('1818', 'Herøy', chapter.id, nl);
  await unit('1804', 'Bodø', chapter.id, nl);
  await unit('5501', 'Tromsø', chapter.id, tr);
  await unit('1507', 'Ålesund', chapter.id, mr);
  await unit('1122', 'Gjesdal Ålgård', chapter.id, ro);
  await unit('1520', 'Ørsta', chapter.id, mr);
  await unit('3114', 'Våler', chapter.id, ro);
  await unit('3110', 'Hvaler', chapter.id, ro);
  await core.call('people.create', { name: 'Åse Sørensen', email: 'ase.sorensen@example.no', phone: null, homeUnitId: nl, note: '' });
  await core.call('people.create', { name: 'Per Ærøy', email: null, phone: null, homeUnitId: mr, note: '' });
  await core.call('people.create', { name: 'Kari Nordmann', email: 'kari@example.no', phone: null, homeUnitId: tr, note: '' });
}

/** Query → the codes it must find, in order. */
const UNIT_QUERIES: Array<[string, string[]]> = [
  ['heroy', ['1515', '1818']],
  ['Herøy', ['1515', '1818']],
  ['HEROEY', ['1515', '1818']],
  ['Bodo', ['1804']],
  ['bodoe', ['1804']],
  ['Tromso', ['5501']],
  ['herøy nordland', ['1818']],
  ['nordland herøy', ['1818']],
  ['heroy more', ['1515']],
  ['aalesund', ['1507']],
  ['Alesund', ['1507']],
  ['algard', ['1122']],
  ['gjesdal aalgaard', ['1122']],
  ['orsta', ['1520']],
  ['oersta', ['1520']],
  ['1818', ['1818']],
  ['18', ['18', '1804', '1818']],
  ['  herøy   ', ['1515', '1818']],
  ['aa', ['1507', '1122']],
  ['våler', ['3114']],
  ['vaaler', ['3114']],
  ['hval', ['3110']],
  ['herøy troms', []],
  ['xyz', []],
  ['%', []],
];

// The core is closed after each test, so each test seeds its own (a few milliseconds).
async function seeded(): Promise<TestCore> {
  const core = await openTestCore();
  await seed(core);
  return core;
}

describe('search', () => {
  it('units: every query of the table finds its units, in order', async () => {
    const core = await seeded();
    const found: Array<[string, string[]]> = [];
    for (const [query] of UNIT_QUERIES) found.push([query, (await core.call('units.search', { query })).map((h) => h.code)]);
    expect(found).toEqual(UNIT_QUERIES);
  });

  it('units: an exact code comes first, then units matching by their own name', async () => {
    const core = await seeded();
    const hits = await core.call('units.search', { query: 'nordland' });
    expect(hits.map((h) => h.code)).toEqual(['18', '1804', '1818']);
    expect((await core.call('units.search', { query: '15' }))[0]?.code).toBe('15');
  });

  const PEOPLE_QUERIES: Array<[string, string[]]> = [
    ['ase', ['Åse Sørensen']],
    ['aase sorensen', ['Åse Sørensen']],
    ['sørensen åse', ['Åse Sørensen']],
    ['aeroy', ['Per Ærøy']],
    ['per arøy', ['Per Ærøy']],
    ['kari@example', ['Kari Nordmann']],
    ['nordland', ['Åse Sørensen']],
    ['Kari troms', ['Kari Nordmann']],
    ['kari nordland', []],
  ];

  it('people: every query of the table finds its people', async () => {
    const core = await seeded();
    const found: Array<[string, string[]]> = [];
    for (const [query] of PEOPLE_QUERIES) {
      const page = await core.call('people.search', { query });
      expect(page.total).toBe(page.rows.length);
      found.push([query, page.rows.map((r) => r.name)]);
    }
    expect(found).toEqual(PEOPLE_QUERIES);
  });

  it('keeps the folded column up to date when a unit or a person is renamed', async () => {
    const core = await seeded();
    const [bodo] = await core.call('units.search', { query: '1804' });
    if (!bodo) throw new Error('Bodø not found');
    await core.call('units.update', { id: bodo.id, name: 'Bodø og Saltdal' });
    expect((await core.call('units.search', { query: 'saltdal bodo' })).map((h) => h.code)).toEqual(['1804']);
    const [kari] = (await core.call('people.search', { query: 'kari' })).rows;
    if (!kari) throw new Error('Kari not found');
    await core.call('people.update', { id: kari.id, name: 'Kari Bråten', email: 'kb@example.no' });
    expect((await core.call('people.search', { query: 'braten' })).rows.map((r) => r.name)).toEqual(['Kari Bråten']);
    expect((await core.call('people.search', { query: 'kb@example' })).rows.map((r) => r.name)).toEqual(['Kari Bråten']);
    expect((await core.call('people.search', { query: 'nordmann' })).total).toBe(0);
  });
});

describe('foldText and matchesQuery', () => {
  it.each([
    ['Herøy', 'heroy'], ['HERØY', 'heroy'], ['heroey', 'heroy'], ['Tromsø', 'tromso'], ['Bærum', 'barum'],
    ['Baerum', 'barum'], ['Ålesund', 'alesund'], ['Aalesund', 'alesund'], ['Sør-Trøndelag', 'sor trondelag'],
    ['Café  Zürich', 'cafe zurich'], ['ﬁnnsnes', 'finnsnes'],
  ])('folds «%s» to «%s»', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('matches when every word occurs in one of the texts, in any order', () => {
    expect(matchesQuery('nordland herøy', 'Herøy', 'Nordland')).toBe(true);
    expect(matchesQuery('aa', 'Bodø og Skjærvøy', 'Ås')).toBe(true);
    expect(matchesQuery('heroy troms', 'Herøy', 'Nordland')).toBe(false);
    expect(matchesQuery('   ', 'anything')).toBe(true);
  });
});

describe('rollout.list: text filter and order', () => {
  it('finds units by folded words in any order and sorts by unit, done share or region', async () => {
    const core = await openTestCore();
    await core.call('demo.load', {});
    const codes = async (input: Record<string, unknown>) =>
      (await core.call('rollout.list', { filter: 'all', limit: 500, ...input })).rows.map((r) => r.code);
    expect(await codes({ query: 'nordland heroy' })).toEqual(['1818']);
    expect(await codes({ query: 'heroy' })).toEqual(['1515', '1818']);
    expect(await codes({ query: 'valer' })).toEqual(['3114', '3419']);
    const byName = await core.call('rollout.list', { filter: 'all', query: 'nordland', sort: 'unit', limit: 500 });
    const names = byName.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('nb').compare));
    expect(byName.total).toBeGreaterThan(40);
    const reversed = await core.call('rollout.list', { filter: 'all', query: 'nordland', sort: 'unit', desc: true, limit: 500 });
    expect(reversed.rows.map((r) => r.name)).toEqual([...names].reverse());
  });
});
