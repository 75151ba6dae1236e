import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/db';

async function seed(core: TestCore) {
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  const top = await core.call('units.create', { code: '00', name: 'Landsforbundet', levelId: national.id, parentId: null });
  const mr = await core.call('units.create', { code: '15', name: 'Møre og Romsdal', levelId: region.id, parentId: top.id });
  const no = await core.call('units.create', { code: '18', name: 'Nordland', levelId: region.id, parentId: top.id });
  const h1 = await core.call('units.create', { code: '1515', name: 'Herøy', levelId: chapter.id, parentId: mr.id, members: 120 });
  const h2 = await core.call('units.create', { code: '1818', name: 'Herøy', levelId: chapter.id, parentId: no.id, members: 30 });
  return { levels: { national, region, chapter }, top, mr, no, h1, h2 };
}

describe('units', () => {
  it('keeps leading zeros in codes and tells two Herøy apart by code and path', async () => {
    const core = await openTestCore();
    await seed(core);
    const hits = await core.call('units.search', { query: 'herøy' });
    expect(hits.map((h) => [h.code, h.path.join(' / ')])).toEqual([
      ['1515', 'Landsforbundet / Møre og Romsdal'],
      ['1818', 'Landsforbundet / Nordland'],
    ]);
    const upper = await core.call('units.search', { query: 'HERØY' });
    expect(upper).toHaveLength(2);
    const byCode = await core.call('units.search', { query: '00' });
    expect(byCode[0]?.code).toBe('00');
  });

  it('refuses a duplicate code with CODE_TAKEN', async () => {
    const core = await openTestCore();
    const { levels, mr } = await seed(core);
    const env = await core.raw('units.create', { code: '1515', name: 'Other', levelId: levels.chapter.id, parentId: mr.id });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error).toMatchObject({ code: 'CODE_TAKEN', details: { code: '1515', name: 'Herøy' } });
  });

  it('moves a unit and refuses a cycle', async () => {
    const core = await openTestCore();
    const { top, mr, no, h1 } = await seed(core);
    const moved = await core.call('units.move', { id: h1.id, parentId: no.id });
    expect(moved.ancestors.map((a) => a.code)).toEqual(['00', '18']);
    const cycle = await core.raw('units.move', { id: top.id, parentId: h1.id });
    expect(cycle.ok).toBe(false);
    if (!cycle.ok) expect(cycle.error.code).toBe('CYCLE');
    const self = await core.raw('units.move', { id: mr.id, parentId: mr.id });
    expect(self.ok ? null : self.error.code).toBe('CYCLE');
  });

  it('archives a subtree, hides it from the tree, and refuses to delete a referenced unit', async () => {
    const core = await openTestCore();
    const { mr, h2 } = await seed(core);
    expect(await core.call('units.archive', { id: mr.id })).toEqual({ archived: 2 });
    const tree = await core.call('units.tree', {});
    expect(tree.map((u) => u.code).sort()).toEqual(['00', '18', '1818']);
    const all = await core.call('units.tree', { includeArchived: true });
    expect(all).toHaveLength(5);
    const levels = await core.call('levels.list');
    expect(levels.map((l) => [l.name, l.unitCount, l.archivedCount])).toEqual([
      ['Landsforbund', 1, 0], ['Fylkeslag', 1, 1], ['Lokallag', 1, 1],
    ]);
    const inUse = await core.raw('levels.delete', { id: levels[2]?.id ?? 0 });
    expect(inUse.ok ? null : inUse.error).toMatchObject({ code: 'LEVEL_IN_USE', details: { name: 'Lokallag', units: 2 } });
    const del = await core.raw('units.delete', { id: mr.id });
    expect(del.ok ? null : del.error).toMatchObject({ code: 'UNIT_REFERENCED', details: { children: 1 } });
    expect(await core.call('units.delete', { id: h2.id })).toEqual({ id: h2.id });
    const restoreChild = await core.call('units.restore', { id: mr.id });
    expect(restoreChild.archived).toBe(false);
  });

  it('reports members in total below a unit and counts per level', async () => {
    const core = await openTestCore();
    const { top } = await seed(core);
    const detail = await core.call('units.get', { id: top.id });
    expect(detail.membersTotal).toBe(150);
    expect(detail.childCount).toBe(2);
    const levels = await core.call('levels.list');
    expect(levels.map((l) => [l.name, l.rank, l.unitCount])).toEqual([
      ['Landsforbund', 0, 1], ['Fylkeslag', 1, 2], ['Lokallag', 2, 2],
    ]);
  });

  it('renames and edits a unit, and refuses an unknown parent', async () => {
    const core = await openTestCore();
    const { h1, levels } = await seed(core);
    const edited = await core.call('units.update', { id: h1.id, name: 'Herøy (Sunnmøre)', members: 7, contactNotes: 'Leader on Tuesdays' });
    expect(edited).toMatchObject({ name: 'Herøy (Sunnmøre)', members: 7, contactNotes: 'Leader on Tuesdays' });
    expect((await core.call('units.search', { query: 'sunnmøre' }))[0]?.id).toBe(h1.id);
    const env = await core.raw('units.create', { code: '9999', name: 'X', levelId: levels.chapter.id, parentId: 4242 });
    expect(env.ok ? null : env.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'unit', id: 4242 } });
  });
});

describe('dispatch', () => {
  it('refuses unknown methods and invalid input without a stack', async () => {
    const core = await openTestCore();
    const unknown = await core.raw('nope.nope' as never, {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const bad = await core.raw('units.create', { code: '', name: 'x', levelId: -1, parentId: null });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('INVALID_INPUT');
      const paths = (bad.error.details?.issues as Array<{ path: string }>).map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['code', 'levelId']));
      expect(JSON.stringify(bad)).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
