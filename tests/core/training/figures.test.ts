// Coverage figures on real SQLite: overdue refreshers, advanced training for
// super-users, untrained newcomers, distinct people per scope, and the
// training.coverage method.
import { describe, expect, it } from 'vitest';
import { loadFlatUnits, regionResolver } from '../../../src/core/ownership/coverage';
import { basicTrainedShareByUnit, computeTrainingFigures, meetsBasicTraining } from '../../../src/core/training/figures';
import { openTrainingFixture, TODAY, type TrainingFixture } from './fixture';

async function rollup(f: TrainingFixture, options: { today?: string; newcomerDays?: number; unitIds?: number[] } = {}) {
  const resolve = regionResolver(await loadFlatUnits(f.core.ds.manager));
  return computeTrainingFigures(f.core.ds.manager, {
    today: TODAY, newcomerDays: 60, regionOf: (id) => resolve(id)?.id ?? null, ...options,
  });
}

describe('training figures', () => {
  it('counts a refresher overdue 12 months after the latest refresher or basic training, or after the start', async () => {
    const f = await openTrainingFixture();
    const cases: Array<{ name: string; start: string; type: 'basic' | 'refresher' | 'focus' | null; date: string; overdue: boolean }> = [
      { name: 'Basic a year and a day ago', start: '2020-01-01', type: 'basic', date: '2025-03-14', overdue: true },
      { name: 'Refresher exactly a year ago', start: '2020-01-01', type: 'refresher', date: '2025-03-15', overdue: true },
      { name: 'Refresher a day short of a year', start: '2020-01-01', type: 'refresher', date: '2025-03-16', overdue: false },
      { name: 'Old basic, recent refresher', start: '2020-01-01', type: 'refresher', date: '2026-01-10', overdue: false },
      { name: 'None, assigned a year ago', start: '2025-03-15', type: null, date: '', overdue: true },
      { name: 'None, assigned a day short of a year', start: '2025-03-16', type: null, date: '', overdue: false },
      { name: 'Only a focus session', start: '2020-01-01', type: 'focus', date: '2026-01-10', overdue: true },
    ];
    // One person per chapter, so each unit's figure tells its case.
    for (const [i, c] of cases.entries()) {
      const id = await f.person(c.name);
      await f.assign(id, 'chapter_leader', f.chapters[i] as string, c.start);
      if (c.name.startsWith('Old basic')) await f.session('basic', '2022-01-01', f.chapters[i] as string, [id]);
      if (c.type !== null) await f.session(c.type, c.date, f.chapters[i] as string, [id]);
    }
    const figures = await rollup(f);
    const perCase = cases.map((c, i) => [c.name, figures.units.get(f.unit(f.chapters[i] as string))?.refresherOverdue === 1]);
    expect(perCase).toEqual(cases.map((c) => [c.name, c.overdue]));
    expect(figures.national.refresherOverdue).toBe(4);
  });

  it('counts super-users with valid advanced training, and only super-users', async () => {
    const f = await openTrainingFixture();
    const [trained, untrained, later, leader] = [await f.person('A'), await f.person('B'), await f.person('C'), await f.person('D')];
    await f.assign(trained, 'super_user', '0301', '2020-01-01');
    await f.assign(untrained, 'super_user', '0301', '2020-01-01');
    await f.assign(later, 'super_user', '03', '2020-01-01');
    await f.assign(leader, 'chapter_leader', '0301', '2020-01-01');
    // Advanced training has no validity period: 2019 still counts.
    await f.session('advanced', '2019-06-01', '0301', [trained, leader]);
    await f.session('advanced', '2026-04-01', '0301', [later]);
    const figures = await rollup(f);
    expect(figures.national).toMatchObject({ holders: 4, superUsers: 3, superUsersAdvanced: 1 });
    expect(figures.units.get(f.unit('0301'))).toMatchObject({ holders: 3, superUsers: 2, superUsersAdvanced: 1 });
    expect(figures.regions.get(f.unit('03'))).toMatchObject({ holders: 4, superUsers: 3, superUsersAdvanced: 1 });
  });

  it('finds newcomers by their earliest current assignment, and those with no training at all', async () => {
    const f = await openTrainingFixture();
    const [fresh, edge, focused, veteran, returning] = [
      await f.person('Fresh'), await f.person('Edge'), await f.person('Focused'), await f.person('Veteran'), await f.person('Returning'),
    ];
    // 60 days before 2026-03-15 is 2026-01-14: that day is outside the window, the next inside.
    await f.assign(fresh, 'chapter_leader', '1505', '2026-01-15');
    await f.assign(edge, 'chapter_leader', '1506', '2026-01-14');
    await f.assign(focused, 'chapter_leader', '1508', '2026-03-01');
    await f.session('focus', '2026-03-10', '1508', [focused]);
    // New here, but holding another role since 2020: not a newcomer.
    await f.assign(veteran, 'local_support', '1505', '2026-03-01');
    await f.assign(veteran, 'super_user', '0301', '2020-01-01');
    // An ended role in the past does not make a new one old.
    await f.assign(returning, 'super_user', '1505', '2019-01-01', '2021-01-01');
    await f.assign(returning, 'super_user', '1505', '2026-02-01');
    const figures = await rollup(f);
    expect(figures.national).toMatchObject({ holders: 5, newcomers: 3, newcomersUntrained: 2 });
    expect(figures.units.get(f.unit('1505'))).toMatchObject({ holders: 3, newcomers: 2, newcomersUntrained: 2 });
    expect(figures.units.get(f.unit('1506'))).toMatchObject({ holders: 1, newcomers: 0, newcomersUntrained: 0 });
    expect(figures.units.get(f.unit('1508'))).toMatchObject({ holders: 1, newcomers: 1, newcomersUntrained: 0 });
    // Asking for one unit still looks at the person's roles elsewhere.
    const one = await rollup(f, { unitIds: [f.unit('1505')] });
    expect([...one.units.keys()]).toEqual([f.unit('1505')]);
    expect(one.national).toMatchObject({ holders: 3, newcomers: 2, newcomersUntrained: 2 });
    // The window is a setting: 30 days keeps only the one who started on 1 March.
    expect((await rollup(f, { newcomerDays: 30 })).national).toMatchObject({ newcomers: 1, newcomersUntrained: 0 });
  });

  it('counts a person once per scope, however many roles and units they hold', async () => {
    const f = await openTrainingFixture();
    const [kari, ola] = [await f.person('Kari'), await f.person('Ola')];
    // Kari: two chapters and the region in Møre og Romsdal, one chapter in Oslo, two roles in Herøy.
    await f.assign(kari, 'chapter_leader', '1515', '2020-01-01');
    await f.assign(kari, 'super_user', '1515', '2020-01-01');
    await f.assign(kari, 'local_support', '1506', '2020-01-01');
    await f.assign(kari, 'super_user', '15', '2020-01-01');
    await f.assign(kari, 'chapter_leader', '0301', '2020-01-01');
    await f.assign(ola, 'chapter_leader', '1506', '2020-01-01');
    await f.session('basic', '2025-06-01', '1515', [kari]);
    await f.session('advanced', '2025-06-01', '1515', [kari]);
    const figures = await rollup(f);
    expect(figures.units.get(f.unit('1515'))).toMatchObject({ holders: 1, basicValid: 1, superUsers: 1, superUsersAdvanced: 1 });
    expect(figures.units.get(f.unit('1506'))).toMatchObject({ holders: 2, basicValid: 1, superUsers: 0, basicShare: 0.5 });
    expect(figures.regions.get(f.unit('15'))).toMatchObject({ holders: 2, basicValid: 1, superUsers: 1, superUsersAdvanced: 1, basicShare: 0.5 });
    expect(figures.regions.get(f.unit('03'))).toMatchObject({ holders: 1, basicValid: 1, superUsers: 0 });
    expect(figures.national).toMatchObject({ holders: 2, basicValid: 1, superUsers: 1, superUsersAdvanced: 1, refresherOverdue: 1 });
    // Any other grouping, e.g. a wave of two regions, counts distinct people too.
    const wave = figures.groupBy((id) => ([f.unit('1515'), f.unit('1506'), f.unit('0301')].includes(id) ? 7 : null));
    expect(wave.get(7)).toMatchObject({ holders: 2, basicValid: 1 });
  });

  it('leaves out ended and future roles and archived units', async () => {
    const f = await openTrainingFixture();
    const [ended, future, archived, current] = [await f.person('E'), await f.person('F'), await f.person('A'), await f.person('C')];
    await f.assign(ended, 'chapter_leader', '1505', '2020-01-01', '2026-03-15');
    await f.assign(future, 'chapter_leader', '1506', '2026-03-16');
    await f.assign(archived, 'chapter_leader', '1508', '2020-01-01');
    await f.assign(current, 'chapter_leader', '1505', '2020-01-01');
    await f.core.call('units.archive', { id: f.unit('1508') });
    const figures = await rollup(f);
    expect(figures.national.holders).toBe(1);
    expect([...figures.units.keys()]).toEqual([f.unit('1505')]);
  });

  it('gives the basic share per unit for the basic-training stage rule', async () => {
    const f = await openTrainingFixture();
    const people: number[] = [];
    for (const name of ['A', 'B', 'C', 'D', 'E']) {
      const id = await f.person(name);
      people.push(id);
      await f.assign(id, 'chapter_leader', '1505', '2020-01-01');
    }
    await f.session('basic', '2025-01-01', '1505', people.slice(0, 4));
    const shares = await basicTrainedShareByUnit(f.core.ds.manager, { today: TODAY, unitIds: [f.unit('1505'), f.unit('1506')] });
    const share = shares.get(f.unit('1505'));
    expect(share).toEqual({ holders: 5, basicValid: 4, share: 0.8 });
    expect(meetsBasicTraining(share, 80)).toBe(true);
    expect(meetsBasicTraining(share, 81)).toBe(false);
    // No holders: never met, even at 0 %.
    expect(shares.has(f.unit('1506'))).toBe(false);
    expect(meetsBasicTraining(shares.get(f.unit('1506')), 0)).toBe(false);
  });

  it('gives 0 for a figure whose seeded type was deleted', async () => {
    const f = await openTrainingFixture();
    const kari = await f.person('Kari');
    await f.assign(kari, 'super_user', '1505', '2020-01-01');
    expect((await rollup(f)).national).toMatchObject({ holders: 1, refresherOverdue: 1 });
    await f.core.call('trainingTypes.delete', { id: f.type('refresher') });
    await f.core.call('trainingTypes.delete', { id: f.type('basic') });
    await f.core.call('trainingTypes.delete', { id: f.type('advanced') });
    expect((await rollup(f)).national).toEqual({
      holders: 1, basicValid: 0, basicShare: 0, superUsers: 1, superUsersAdvanced: 0,
      refresherOverdue: 0, newcomers: 0, newcomersUntrained: 0,
    });
  });
});

describe('training.coverage', () => {
  it('gives the nation, every region, and the units of one region', async () => {
    const f = await openTrainingFixture();
    const [kari, ola] = [await f.person('Kari'), await f.person('Ola')];
    await f.assign(kari, 'chapter_leader', '1505', '2020-01-01');
    await f.assign(kari, 'chapter_leader', '0301', '2020-01-01');
    await f.assign(ola, 'chapter_leader', '1506', '2026-03-01');
    await f.session('basic', '2025-06-01', '1505', [kari]);
    await f.core.call('settings.update', { newcomerDays: 10 });
    const all = await f.core.call('training.coverage', { regionId: null });
    expect(all.today).toBe(TODAY);
    expect(all.national).toMatchObject({ holders: 2, basicValid: 1, newcomers: 0 });
    expect(all.regions).toHaveLength(15);
    expect(all.regions.find((r) => r.code === '15')).toMatchObject({ name: 'Møre og Romsdal', holders: 2, basicValid: 1 });
    // No holders: no share at all (null), not 0 %.
    expect(all.regions.find((r) => r.code === '11')).toMatchObject({ holders: 0, basicShare: null });
    // Nobody at the national unit itself: its row is empty and the regions add up to the nation.
    expect(all.nationalLevel).toMatchObject({ holders: 0, basicShare: null });
    expect(all.units).toEqual([]);

    const region = await f.core.call('training.coverage', { regionId: f.unit('15') });
    expect(region.units[0]).toMatchObject({ code: '15', holders: 0 });
    expect(region.units.find((u) => u.code === '1505')).toMatchObject({ unitId: f.unit('1505'), name: 'Kristiansund', holders: 1, basicValid: 1 });
    expect(region.units.every((u) => u.code.startsWith('15'))).toBe(true);
    expect(region.units.map((u) => u.code)).toEqual([...region.units.map((u) => u.code)].sort());

    const notRegion = await f.core.raw('training.coverage', { regionId: f.unit('1505') });
    expect(notRegion).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
