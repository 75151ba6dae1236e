import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openTestCore, RESOURCES_DIR } from '../support/db';

interface Kommune { kommunenummer: string; kommune: string; fylkesnummer: string; population: string }
const kommuner = Papa.parse<Kommune>(readFileSync(join(RESOURCES_DIR, 'kommuner-2024.csv'), 'utf8'), {
  header: true, skipEmptyLines: true,
}).data;

describe('demo.load', () => {
  it('builds one national unit, 15 regions and 357 chapters on three levels', async () => {
    const core = await openTestCore();
    expect(await core.call('demo.load', {})).toEqual({ units: 373 });
    const levels = await core.call('levels.list');
    expect(levels.map((l) => [l.name, l.rank, l.unitCount])).toEqual([
      ['Landsforbund', 0, 1], ['Fylkeslag', 1, 15], ['Lokallag', 2, 357],
    ]);
    const tree = await core.call('units.tree', {});
    const byCode = new Map(tree.map((u) => [u.code, u]));
    const top = byCode.get('NO');
    expect(top).toMatchObject({ name: 'Landsforbundet', parentId: null, members: null });
    const regions = tree.filter((u) => u.parentId === top?.id);
    expect(regions).toHaveLength(15);
    expect(regions.every((r) => r.members === null)).toBe(true);
    expect(byCode.get('03')).toMatchObject({ name: 'Oslo', parentId: top?.id });
    expect(byCode.get('0301')?.parentId).toBe(byCode.get('03')?.id);
    expect((await core.call('app.status')).offerDemo).toBe(false);
  });

  it('keeps both Herøy and both Våler, each under its own region', async () => {
    const core = await openTestCore();
    await core.call('demo.load', {});
    const heroy = await core.call('units.search', { query: 'Herøy' });
    expect(heroy.map((h) => [h.code, h.path])).toEqual([
      ['1515', ['Landsforbundet', 'Møre og Romsdal']],
      ['1818', ['Landsforbundet', 'Nordland']],
    ]);
    const valer = await core.call('units.search', { query: 'Våler' });
    expect(valer.map((h) => [h.code, h.path.at(-1)])).toEqual([['3114', 'Østfold'], ['3419', 'Innlandet']]);
  });

  it('gives chapters about 1 % of the population as members, at least 1', async () => {
    const core = await openTestCore();
    await core.call('demo.load', {});
    const tree = await core.call('units.tree', {});
    const members = new Map(tree.map((u) => [u.code, u.members]));
    for (const k of kommuner) {
      expect(members.get(k.kommunenummer)).toBe(Math.max(1, Math.round(Number(k.population) / 100)));
    }
    expect(members.get('0301')).toBe(7177);
    const top = tree.find((u) => u.code === 'NO');
    const detail = await core.call('units.get', { id: top?.id ?? 0 });
    const expectedTotal = kommuner.reduce((sum, k) => sum + Math.max(1, Math.round(Number(k.population) / 100)), 0);
    expect(detail.membersTotal).toBe(expectedTotal);
  });

  it('reuses existing levels of the same names', async () => {
    const core = await openTestCore();
    const existing = await core.call('levels.create', { name: 'lokallag' });
    await core.call('demo.load', {});
    const levels = await core.call('levels.list');
    expect(levels.map((l) => l.name).sort()).toEqual(['Fylkeslag', 'Landsforbund', 'lokallag']);
    expect(levels.find((l) => l.id === existing.id)?.unitCount).toBe(357);
  });

  it('refuses with ORG_NOT_EMPTY when any unit exists, and changes nothing', async () => {
    const core = await openTestCore();
    const level = await core.call('levels.create', { name: 'Forening' });
    await core.call('units.create', { code: 'X', name: 'Egen enhet', levelId: level.id, parentId: null });
    const env = await core.raw('demo.load', {});
    expect(env.ok ? null : env.error.code).toBe('ORG_NOT_EMPTY');
    expect(await core.call('units.tree', { includeArchived: true })).toHaveLength(1);
    expect((await core.call('levels.list')).map((l) => l.name)).toEqual(['Forening']);
  });
});
