// The super-users' gathering (issue 14): the seeded type, and the reminder per region
// in training.coverage when a region's super-users have not met in 12 months (Oslo dates).
import { describe, expect, it } from 'vitest';
import { openTrainingFixture, TODAY } from './fixture';

describe('the super-users\u2019 gathering', () => {
  it('is seeded in nb and en for the super-users, counting 12 months', async () => {
    const f = await openTrainingFixture();
    const types = await f.core.call('trainingTypes.list');
    const gathering = types.find((t) => t.key === 'gathering');
    expect(gathering).toMatchObject({
      nameNb: 'Superbrukersamling', nameEn: 'Super-user gathering', validityMonths: 12, requiredForAll: false,
      roleIds: [f.role('super_user')], sessionCount: 0,
    });
    expect(gathering?.descriptionNb).toContain('1–2 ganger i året');
    expect(gathering?.descriptionEn).toContain('1–2 times a year');
    // Last in the catalog, after the types seeded before it.
    expect(types.at(-1)?.key).toBe('gathering');
  });

  it('reminds each region whose super-users have not attended a held gathering in 12 months', async () => {
    const f = await openTrainingFixture();
    const [metLately, metYearAgo, never, future, leader, ended] = [
      await f.person('Met lately'), await f.person('Met a year ago'), await f.person('Never met'),
      await f.person('Only a future one'), await f.person('A leader'), await f.person('Ended'),
    ];
    await f.assign(metLately, 'super_user', '0301', '2020-01-01');
    await f.assign(metYearAgo, 'super_user', '1505', '2020-01-01');
    await f.assign(never, 'super_user', '1103', '2020-01-01');
    await f.assign(future, 'super_user', '3401', '2020-01-01');
    // A chapter leader at a gathering does not make the region's super-users met; nor does an ended super-user.
    await f.assign(leader, 'chapter_leader', '1103', '2020-01-01');
    await f.assign(ended, 'super_user', '1103', '2020-01-01', '2026-01-01');
    await f.session('gathering', '2025-03-16', '03', [metLately]);
    await f.session('gathering', '2025-03-15', '15', [metYearAgo]);
    await f.session('gathering', '2026-02-01', '11', [leader, ended]);
    await f.session('gathering', '2026-04-01', '34', [future]);
    // Another type does not count as a gathering.
    await f.session('advanced', '2026-02-01', '11', [never]);

    const coverage = await f.core.call('training.coverage', { regionId: null });
    expect(coverage.today).toBe(TODAY);
    expect(coverage.gatheringReminders.map((r) => [r.code, r.superUsers, r.lastGathering])).toEqual([
      ['11', 1, null], ['15', 1, '2025-03-15'], ['34', 1, null],
    ]);
    expect(coverage.gatheringReminders[0]).toMatchObject({ regionId: f.unit('11'), name: 'Rogaland' });
  });

  it('turns on at midnight in Oslo, 12 months after the last gathering', async () => {
    const f = await openTrainingFixture(new Date('2026-03-14T22:30:00Z'));
    const kari = await f.person('Kari');
    await f.assign(kari, 'super_user', '1505', '2020-01-01');
    await f.session('gathering', '2025-03-15', '15', [kari]);
    // 23:30 on 14 March in Oslo (CET, UTC+1): still within the 12 months.
    let coverage = await f.core.call('training.coverage', { regionId: null });
    expect(coverage.today).toBe('2026-03-14');
    expect(coverage.gatheringReminders).toEqual([]);
    // 00:30 on 15 March in Oslo while it is still 14 March in UTC: due.
    f.setNow(new Date('2026-03-14T23:30:00Z'));
    coverage = await f.core.call('training.coverage', { regionId: null });
    expect(coverage.today).toBe('2026-03-15');
    expect(coverage.gatheringReminders.map((r) => r.code)).toEqual(['15']);
    // In summer time (CEST, UTC+2) the day turns at 22:00 UTC.
    await f.session('gathering', '2025-08-10', '15', [kari]);
    f.setNow(new Date('2026-08-09T21:59:00Z'));
    expect((await f.core.call('training.coverage', { regionId: null })).gatheringReminders).toEqual([]);
    f.setNow(new Date('2026-08-09T22:00:00Z'));
    expect((await f.core.call('training.coverage', { regionId: null })).gatheringReminders.map((r) => r.lastGathering)).toEqual(['2025-08-10']);
  });

  it('gives no reminders once the gathering type is deleted, and none to a region without super-users', async () => {
    const f = await openTrainingFixture();
    const kari = await f.person('Kari');
    await f.assign(kari, 'super_user', '1505', '2020-01-01');
    expect((await f.core.call('training.coverage', { regionId: null })).gatheringReminders.map((r) => r.code)).toEqual(['15']);
    await f.core.call('trainingTypes.delete', { id: f.type('gathering') });
    expect((await f.core.call('training.coverage', { regionId: null })).gatheringReminders).toEqual([]);
  });
});
