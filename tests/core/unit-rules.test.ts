import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/db';
import { ALL_COLUMNS, issuesOf, NB_HEADER, snapshot, utf8Csv } from '../fixtures/transfer';

async function seed(core: TestCore) {
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  const top = await core.call('units.create', { code: 'NO', name: 'Landsforbundet', levelId: national.id, parentId: null });
  const mr = await core.call('units.create', { code: '15', name: 'Møre og Romsdal', levelId: region.id, parentId: top.id });
  const h1 = await core.call('units.create', { code: '1515', name: 'Herøy', levelId: chapter.id, parentId: mr.id });
  return { levels: { national, region, chapter }, top, mr, h1 };
}

function errorOf(env: { ok: boolean; error?: unknown }) {
  expect(env.ok).toBe(false);
  return (env as { error: { code: string; details: unknown } }).error;
}

describe("a unit's level sits below its parent's", () => {
  it('refuses to create a national unit under a chapter, naming both units and levels', async () => {
    const core = await openTestCore();
    const { levels, h1 } = await seed(core);
    const env = await core.raw('units.create', { code: 'X', name: 'Falskt forbund', levelId: levels.national.id, parentId: h1.id });
    expect(errorOf(env)).toEqual({
      code: 'LEVEL_NOT_BELOW_PARENT', message: expect.any(String),
      details: { code: 'X', name: 'Falskt forbund', level: 'Landsforbund', parent: 'Herøy', parentCode: '1515', parentLevel: 'Lokallag' },
    });
    // The same level as the parent is not below it either.
    const same = await core.raw('units.create', { code: 'Y', name: 'Nabolag', levelId: levels.chapter.id, parentId: h1.id });
    expect(errorOf(same).code).toBe('LEVEL_NOT_BELOW_PARENT');
    expect((await core.call('units.tree', {})).map((u) => u.code).sort()).toEqual(['15', '1515', 'NO']);
  });

  it('refuses a level change that is not below the parent or not above a child', async () => {
    const core = await openTestCore();
    const { levels, mr, h1 } = await seed(core);
    expect(errorOf(await core.raw('units.update', { id: h1.id, levelId: levels.region.id }))).toMatchObject({
      code: 'LEVEL_NOT_BELOW_PARENT', details: { code: '1515', level: 'Fylkeslag', parentCode: '15', parentLevel: 'Fylkeslag' },
    });
    expect(errorOf(await core.raw('units.update', { id: mr.id, levelId: levels.chapter.id }))).toMatchObject({
      code: 'LEVEL_NOT_ABOVE_CHILD', details: { code: '15', level: 'Lokallag', childCode: '1515', childLevel: 'Lokallag' },
    });
    expect((await core.call('units.get', { id: mr.id })).levelName).toBe('Fylkeslag');
    // Other edits still pass when the level is left as it is.
    expect((await core.call('units.update', { id: mr.id, name: 'Møre', levelId: levels.region.id })).name).toBe('Møre');
  });

  it('refuses to move a region under a chapter', async () => {
    const core = await openTestCore();
    const { levels, top, h1 } = await seed(core);
    const other = await core.call('units.create', { code: '18', name: 'Nordland', levelId: levels.region.id, parentId: top.id });
    expect(errorOf(await core.raw('units.move', { id: other.id, parentId: h1.id }))).toMatchObject({
      code: 'LEVEL_NOT_BELOW_PARENT', details: { code: '18', level: 'Fylkeslag', parentCode: '1515', parentLevel: 'Lokallag' },
    });
    expect((await core.call('units.get', { id: other.id })).parentId).toBe(top.id);
  });

  it('refuses an import row whose level is not below its parent, and one that lifts a stored child', async () => {
    const core = await openTestCore();
    await seed(core);
    const before = await snapshot(core);
    const file = utf8Csv([NB_HEADER, '16;Trøndelag;NO;Fylkeslag;;', 'X;Falskt forbund;1515;Landsforbund;;', '15;Møre og Romsdal;NO;Lokallag;;'].join('\r\n') + '\r\n');
    const issues = issuesOf(await core.raw('units.import', { ...file, mapping: ALL_COLUMNS }));
    expect(issues).toEqual([
      { line: 3, field: 'level', code: 'LEVEL_NOT_BELOW_PARENT', value: 'Landsforbund', params: { code: 'X', parent: '1515', parentLevel: 'Lokallag' } },
      { line: 4, field: 'level', code: 'LEVEL_NOT_ABOVE_CHILD', value: 'Lokallag', params: { code: '15', child: '1515', childLevel: 'Lokallag' } },
    ]);
    expect(await snapshot(core)).toEqual(before);
  });

  it('lists stored units that break the rule, and changes nothing', async () => {
    const core = await openTestCore();
    const { levels, h1 } = await seed(core);
    expect(await core.call('units.levelProblems')).toEqual([]);
    // A row from before the rule: a national unit under a chapter.
    await core.ds.query(
      `INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('X', 'Falskt forbund', 'falskt forbund', ?, ?)`,
      [levels.national.id, h1.id],
    );
    const problems = await core.call('units.levelProblems');
    expect(problems).toEqual([{
      unitId: expect.any(Number), code: 'X', name: 'Falskt forbund', levelName: 'Landsforbund',
      parentId: h1.id, parentCode: '1515', parentName: 'Herøy', parentLevelName: 'Lokallag',
    }]);
    expect((await core.call('units.get', { id: problems[0]?.unitId as number })).parentId).toBe(h1.id);
  });
});
