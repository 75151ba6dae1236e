// Training validity on real SQLite: the exact boundary, month ends, "today" in
// Oslo around midnight, and sessions in the future.
import { describe, expect, it } from 'vitest';
import { computeTrainingFigures } from '../../../src/core/training/figures';
import { isValidOn } from '../../../src/core/training/validity';
import { openTrainingFixture, type TrainingFixture } from './fixture';

const national = async (f: TrainingFixture, today: string) =>
  (await computeTrainingFigures(f.core.ds.manager, { today, newcomerDays: 60 })).national;

describe('training validity', () => {
  it('counts basic training until the day 24 months later, and not on that day', async () => {
    const f = await openTrainingFixture();
    const kari = await f.person('Kari Nordmann');
    await f.assign(kari, 'chapter_leader', '0301', '2024-01-01');
    await f.session('basic', '2024-03-15', '0301', [kari]);
    expect(await national(f, '2026-03-14')).toMatchObject({ holders: 1, basicValid: 1, basicShare: 1 });
    expect(await national(f, '2026-03-15')).toMatchObject({ holders: 1, basicValid: 0, basicShare: 0 });
  });

  it('adds months the calendar way: 29 February + 24 months ends on 28 February', () => {
    expect(isValidOn('2024-02-29', 24, '2026-02-27')).toBe(true);
    expect(isValidOn('2024-02-29', 24, '2026-02-28')).toBe(false);
    expect(isValidOn('2025-01-31', 1, '2025-02-27')).toBe(true);
    expect(isValidOn('2025-01-31', 1, '2025-02-28')).toBe(false);
    // No validity period: an attendance counts for good.
    expect(isValidOn('2000-01-01', null, '2099-12-31')).toBe(true);
  });

  it('takes "today" in Oslo: 23:30 UTC on 14 March is already 15 March', async () => {
    const f = await openTrainingFixture(new Date('2026-03-14T22:59:00Z'));
    const kari = await f.person('Kari Nordmann');
    await f.assign(kari, 'chapter_leader', '0301', '2024-01-01');
    await f.session('basic', '2024-03-15', '0301', [kari]);
    // 23:59 in Oslo on the 14th: still valid.
    let coverage = await f.core.call('training.coverage', { regionId: null });
    expect(coverage.today).toBe('2026-03-14');
    expect(coverage.national).toMatchObject({ holders: 1, basicValid: 1 });
    f.setNow(new Date('2026-03-14T23:30:00Z'));
    coverage = await f.core.call('training.coverage', { regionId: null });
    expect(coverage.today).toBe('2026-03-15');
    expect(coverage.national).toMatchObject({ holders: 1, basicValid: 0 });
  });

  it('keeps the latest attendance: an older expired one does not spoil a newer valid one', async () => {
    const f = await openTrainingFixture();
    const kari = await f.person('Kari Nordmann');
    await f.assign(kari, 'chapter_leader', '0301', '2020-01-01');
    await f.session('basic', '2021-05-01', '0301', [kari]);
    expect(await national(f, '2026-03-15')).toMatchObject({ basicValid: 0 });
    await f.session('basic', '2025-05-01', '0301', [kari]);
    expect(await national(f, '2026-03-15')).toMatchObject({ basicValid: 1 });
  });

  it('does not count a session in the future as attended', async () => {
    const f = await openTrainingFixture();
    const kari = await f.person('Kari Nordmann');
    await f.assign(kari, 'super_user', '0301', '2026-03-01');
    await f.session('basic', '2026-03-16', '0301', [kari]);
    await f.session('advanced', '2026-03-16', '0301', [kari]);
    expect(await national(f, '2026-03-15')).toEqual({
      holders: 1, basicValid: 0, basicShare: 0, superUsers: 1, superUsersAdvanced: 0,
      refresherOverdue: 0, newcomers: 1, newcomersUntrained: 1,
    });
    expect(await national(f, '2026-03-16')).toEqual({
      holders: 1, basicValid: 1, basicShare: 1, superUsers: 1, superUsersAdvanced: 1,
      refresherOverdue: 0, newcomers: 1, newcomersUntrained: 0,
    });
  });

  it('follows an edited validity period', async () => {
    const f = await openTrainingFixture();
    const kari = await f.person('Kari Nordmann');
    await f.assign(kari, 'chapter_leader', '0301', '2024-01-01');
    await f.session('basic', '2025-01-10', '0301', [kari]);
    expect(await national(f, '2026-03-15')).toMatchObject({ basicValid: 1 });
    await f.core.call('trainingTypes.update', { id: f.type('basic'), validityMonths: 12 });
    expect(await national(f, '2026-03-15')).toMatchObject({ basicValid: 0 });
    await f.core.call('trainingTypes.update', { id: f.type('basic'), validityMonths: null });
    expect(await national(f, '2026-03-15')).toMatchObject({ basicValid: 1 });
  });
});
