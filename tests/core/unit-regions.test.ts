import { describe, expect, it } from 'vitest';
import type { RegionOption } from '../../src/shared/types';
import { openTestCore } from '../support/db';
import { openScopeFixture } from './access/scope-fixture';

describe('units.regions', () => {
  it('lists the active units at the region level by code, with only id, code and name', async () => {
    const core = await openTestCore();
    const national = await core.call('levels.create', { name: 'Landsforbund' });
    const region = await core.call('levels.create', { name: 'Fylkeslag' });
    const chapter = await core.call('levels.create', { name: 'Lokallag' });
    const top = await core.call('units.create', { code: '00', name: 'Landsforbundet', levelId: national.id, parentId: null });
    const no = await core.call('units.create', { code: '18', name: 'Nordland', levelId: region.id, parentId: top.id });
    const mr = await core.call('units.create', { code: '15', name: 'Møre og Romsdal', levelId: region.id, parentId: top.id });
    const tr = await core.call('units.create', { code: '54', name: 'Troms', levelId: region.id, parentId: top.id });
    await core.call('units.create', { code: '1515', name: 'Herøy', levelId: chapter.id, parentId: mr.id });
    await core.call('units.archive', { id: tr.id });

    expect(await core.call('units.regions', {})).toEqual([
      { id: mr.id, code: '15', name: 'Møre og Romsdal' },
      { id: no.id, code: '18', name: 'Nordland' },
    ]);
  });

  it('answers a user with one region only that region', async () => {
    const fx = await openScopeFixture();
    const ids = async (who: 'region' | 'national') => {
      const answer = await fx.core.dispatch('units.regions', {}, fx.callers[who]);
      return answer.ok ? (answer.value as RegionOption[]).map((r) => r.id) : answer.error.code;
    };
    expect(await ids('region')).toEqual([fx.units.a]);
    expect(await ids('national')).toEqual([fx.units.a, fx.units.b]);
  });
});
