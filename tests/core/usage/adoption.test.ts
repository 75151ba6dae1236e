// Adoption against the targets (måltall): the arithmetic exactly at a target, roll-ups per
// region and nation, the 12-month trend, the units furthest below, Oslo month boundaries,
// and the rule "in operation but unused" as the Overview shows it.
import { describe, expect, it } from 'vitest';
import { importRows, rawRows, usageSetup } from './usage-fixture';

type Setup = Awaited<ReturnType<typeof usageSetup>>;

async function setTargets(fx: Setup) {
  const [national, region, chapter] = fx.levels;
  await fx.core.call('usage.setTargets', {
    targets: [
      { levelId: national?.levelId ?? 0, activePercent: 60, signInsPerMember: null },
      { levelId: region?.levelId ?? 0, activePercent: 70, signInsPerMember: null },
      { levelId: chapter?.levelId ?? 0, activePercent: 80, signInsPerMember: 1.5 },
    ],
  });
}

async function live(fx: Setup, unitId: number, doneDate: string) {
  const stage = (await fx.core.call('stages.list')).find((s) => s.key === 'live');
  if (!stage) throw new Error('the live stage is seeded');
  await fx.core.call('rollout.setStage', { unitId, stageId: stage.id, state: 'done', doneDate });
}

describe('usage targets', () => {
  it('lists every level, keeps sign-ins per member to the hundredth, and names an unknown level', async () => {
    const fx = await usageSetup();
    expect(fx.levels.map((l) => [l.levelName, l.activePercent, l.signInsPerMember])).toEqual([
      ['Landsforbund', null, null], ['Fylkeslag', null, null], ['Lokallag', null, null],
    ]);
    await setTargets(fx);
    const saved = await fx.core.call('usage.setTargets', { targets: [{ levelId: fx.chapterLevel.levelId, activePercent: 75, signInsPerMember: 0.33 }] });
    expect(saved.map((l) => [l.activePercent, l.signInsPerMember])).toEqual([[60, null], [70, null], [75, 0.33]]);
    expect(await fx.core.raw('usage.setTargets', { targets: [{ levelId: 999, activePercent: 50, signInsPerMember: null }] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await fx.core.raw('usage.setTargets', { targets: [{ levelId: fx.chapterLevel.levelId, activePercent: 0, signInsPerMember: null }] }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('usage.adoption', () => {
  it('measures this month against the target exactly at the boundary, rolls up regions and nation, and lists the units furthest below', async () => {
    const fx = await usageSetup();
    await setTargets(fx);
    // Herøy: 8 of 10 holders and 150 sign-ins for 100 members, exactly 80 % and 1.5.
    await importRows(fx, ['0101;2026-02;8;150', '0102;2026-02;3;100', '0201;2026-02;4;20', '0101;2025-12;2;10']);
    const nation = await fx.core.call('usage.adoption', {});
    expect(nation.month).toBe('2026-02');
    expect(nation.total).toMatchObject({ activeUsers: 15, holders: 19, targetPercent: 60, below: false });
    expect(nation.rows.map((r) => [r.code, r.figures.activeUsers, r.figures.holders, r.figures.below])).toEqual([['01', 11, 15, false], ['02', 4, 4, false]]);
    expect(nation.furthestBelow.map((r) => [r.code, r.figures.attainment?.toFixed(3)])).toEqual([['0201', '0.333'], ['0102', '0.750']]);
    const east = await fx.core.call('usage.adoption', { unitId: fx.org.east.id });
    expect(east.subject?.code).toBe('01');
    expect(east.rows.map((r) => [r.code, r.figures.activeShare, r.figures.signInsPerMember, r.figures.below])).toEqual([
      ['0101', 0.8, 1.5, false], ['0102', 0.6, 2, true],
    ]);
    expect(east.trend).toHaveLength(12);
    expect(east.trend[0]?.month).toBe('2025-03');
    expect(east.trend.filter((p) => p.figures.activeUsers > 0).map((p) => [p.month, p.figures.activeUsers])).toEqual([['2025-12', 2], ['2026-02', 11]]);
    // An earlier month on request.
    expect((await fx.core.call('usage.adoption', { unitId: fx.org.herøy.id, month: '2025-12' })).total).toMatchObject({ activeUsers: 2, below: true });
  });

  it('takes months in Oslo time: the first minutes of a month in Oslo are still the previous month in UTC', async () => {
    // 23:30 UTC on 28 February is 00:30 on 1 March in Oslo: March may be imported and is "this month".
    const fx = await usageSetup(new Date('2026-02-28T23:30:00Z'));
    await importRows(fx, ['0101;2026-03;1;1']);
    expect((await fx.core.call('usage.adoption', {})).month).toBe('2026-03');
    // 21:30 UTC on 31 March is 23:30 in Oslo, still March: April is refused.
    fx.setNow(new Date('2026-03-31T21:30:00Z'));
    expect(await rawRows(fx, ['0101;2026-04;1;1'])).toMatchObject({ ok: false, error: { details: { issues: [{ line: 2, field: 'month', code: 'BAD_MONTH', value: '2026-04' }] } } });
    fx.setNow(new Date('2026-03-31T22:30:00Z'));
    expect(await importRows(fx, ['0101;2026-04;1;1'])).toMatchObject({ months: ['2026-04'] });
  });

  it('answers an empty figure before any import', async () => {
    const fx = await usageSetup();
    const nation = await fx.core.call('usage.adoption', {});
    expect(nation).toMatchObject({ month: null, trend: [], furthestBelow: [], unused: [] });
    expect(nation.total.holders).toBe(19);
    // Not measured is not the same as none unused: the Overview leaves the count out.
    expect((await fx.core.call('rollout.dashboard', { waveId: null })).unused).toBeNull();
  });
});

describe('in operation but unused', () => {
  it('flags a live unit below target two imported months running, counting only months from the one it went live', async () => {
    const fx = await usageSetup();
    await setTargets(fx);
    await live(fx, fx.org.bø.id, '2026-01-10');
    // Live on 1 February: January does not count yet.
    await live(fx, fx.org.våler.id, '2026-02-01');
    await live(fx, fx.org.herøy.id, '2026-01-05');
    await importRows(fx, ['0101;2026-02;1;1', '0102;2026-02;1;1', '0201;2026-02;1;1']);
    // Only February imported: one month is no evidence of two running.
    expect((await fx.core.call('rollout.dashboard', { waveId: null })).unused).toEqual([]);
    await importRows(fx, ['0101;2026-01;10;200', '0102;2026-01;1;1', '0201;2026-01;1;1']);
    const unused = (await fx.core.call('rollout.dashboard', { waveId: null })).unused;
    expect(unused?.map((u) => [u.code, u.regionName, u.months])).toEqual([['0201', 'Vestlandet', ['2026-01', '2026-02']]]);
    expect((await fx.core.call('usage.adoption', { unitId: fx.org.west.id })).unused.map((u) => u.code)).toEqual(['0201']);
    expect((await fx.core.call('usage.adoption', { unitId: fx.org.east.id })).unused).toEqual([]);
    // The Overview's list of what needs action has it too, flagged on its row in every list.
    const listed = await fx.core.call('rollout.list', { filter: 'unused' });
    expect(listed.rows.map((r) => [r.code, r.unused])).toEqual([['0201', true]]);
    const all = await fx.core.call('rollout.list', { filter: 'all', limit: 500 });
    expect(all.rows.filter((r) => r.unused).map((r) => r.code)).toEqual(['0201']);
    // Back to target in February: no longer flagged.
    await importRows(fx, ['0201;2026-02;4;80']);
    expect((await fx.core.call('rollout.dashboard', { waveId: null })).unused).toEqual([]);
    expect((await fx.core.call('rollout.list', { filter: 'unused' })).total).toBe(0);
  });
});

describe('usage access', () => {
  it('lets the functional owner set targets, not a region super-user, who reads adoption over the own region only', async () => {
    const fx = await usageSetup();
    const userOf = async (personId: number) => {
      await fx.core.ds.query('INSERT INTO user_account (person_id, password_hash, active) VALUES (?, NULL, ?)', [personId, true]);
      const [row] = await fx.core.ds.query('SELECT id FROM user_account WHERE person_id = ?', [personId]);
      return { userId: Number(row.id), personId, local: false };
    };
    const owner = await fx.person('Fanny Fagansvarlig');
    await fx.assign(owner, 'functional_owner', fx.org.top.id, '2025-01-01');
    const regional = await fx.person('Sven Superbruker');
    await fx.assign(regional, 'super_user', fx.org.east.id, '2025-01-01');
    const [ownerUser, regionUser] = [await userOf(owner), await userOf(regional)];
    const targets = { targets: [{ levelId: fx.chapterLevel.levelId, activePercent: 80, signInsPerMember: null }] };
    expect((await fx.core.dispatch('usage.setTargets', targets, regionUser)).ok).toBe(false);
    expect((await fx.core.dispatch('usage.setTargets', targets, ownerUser)).ok).toBe(true);
    const file = { fileName: 'bruk.csv', base64: Buffer.from('enhet;måned;aktive brukere;innlogginger\n0201;2026-02;0;0\n0102;2026-02;0;0\n').toString('base64') };
    const mapping = { unit: 0, person: null, month: 1, activeUsers: 2, signIns: 3 };
    expect(await fx.core.dispatch('usage.import', { ...file, mapping }, regionUser)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await fx.core.dispatch('usage.import', { ...file, mapping }, ownerUser)).toMatchObject({ ok: true });
    const seen = await fx.core.dispatch('usage.adoption', {}, regionUser);
    if (!seen.ok) throw new Error(seen.error.code);
    const adoption = seen.value as { rows: Array<{ code: string }>; furthestBelow: Array<{ code: string }>; total: { holders: number } };
    expect(adoption.rows.map((r) => r.code)).toEqual(['01']);
    // Herøy has no row in an imported month: nobody signed in there.
    expect(adoption.furthestBelow.map((r) => r.code)).toEqual(['0101', '0102']);
    expect(adoption.total.holders).toBe(16);
    expect(await fx.core.dispatch('usage.adoption', { unitId: fx.org.west.id }, regionUser)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
