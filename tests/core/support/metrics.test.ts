// support.metrics on a handful of hand-made cases with known numbers.
// Week of Monday 2 March 2026, default policies, business hours.
import { describe, expect, it } from 'vitest';
import { durationStats } from '../../../src/core/support/metrics';
import { openSupport } from './cases-fixture';

async function handMadeCases() {
  const s = await openSupport();
  const p1 = await s.problem('test_p1', 'Passord utløpt (test)', 'Password expired (test)');
  const p2 = await s.problem('test_p2', 'Mangler tilgang', 'Missing access');
  const step = async (wall: string, fn: () => Promise<unknown>) => {
    s.at(wall);
    await fn();
  };
  const { herøy, våler, bø } = s.org;
  // 1: herøy, p1 - answered in 30, solved by the chapter after 120.
  const c1 = await s.open('2026-03-02 08:00', herøy.id, p1);
  await step('2026-03-02 08:30', () => s.core.call('cases.respond', { id: c1.id }));
  await step('2026-03-02 10:00', () => s.core.call('cases.resolve', { id: c1.id, resolution: 'Nytt passord' }));
  // 2: herøy, p1 - answered in 60, solved by the chapter after 180.
  const c2 = await s.open('2026-03-02 09:00', herøy.id, p1);
  await step('2026-03-02 10:00', () => s.core.call('cases.respond', { id: c2.id }));
  await step('2026-03-02 12:00', () => s.core.call('cases.resolve', { id: c2.id, resolution: 'Nytt passord' }));
  // 3: våler, p2 - the chapter never answers (300 > 240: a response breach), the region answers in 90
  //    (Mon 15–16 + Tue 08–08:30) and solves it after 300 (Mon 15–16 + Tue 08–12). Resolution: 300 + 300.
  const c3 = await s.open('2026-03-02 10:00', våler.id, p2);
  await step('2026-03-02 15:00', () => s.core.call('cases.escalate', { id: c3.id, reason: 'Krever admin' }));
  await step('2026-03-03 08:30', () => s.core.call('cases.respond', { id: c3.id }));
  await step('2026-03-03 12:00', () => s.core.call('cases.resolve', { id: c3.id, resolution: 'Rettighet gitt' }));
  // 4: bø, p1 - answered in 20, still open.
  const c4 = await s.open('2026-03-02 11:00', bø.id, p1);
  await step('2026-03-02 11:20', () => s.core.call('cases.respond', { id: c4.id }));
  // 5: bø, no problem - answered in 60, solved by the chapter after 120.
  const c5 = await s.open('2026-03-02 12:00', bø.id);
  await step('2026-03-02 13:00', () => s.core.call('cases.respond', { id: c5.id }));
  await step('2026-03-02 14:00', () => s.core.call('cases.resolve', { id: c5.id, resolution: 'Feil e-postadresse' }));
  // 6: late on Sunday evening in Oslo (22:30 UTC): belongs to 8 March.
  await s.open('2026-03-08 23:30', herøy.id, p2);
  return { s, p1, p2 };
}

describe('support.metrics', () => {
  it('computes the share solved locally, medians, p90s, top problems, and breaches per tier and region', async () => {
    const { s, p1, p2 } = await handMadeCases();
    const m = await s.core.call('support.metrics', { from: '2026-03-02', to: '2026-03-07' });
    expect(m).toMatchObject({ from: '2026-03-02', to: '2026-03-07', opened: 5, resolved: 4, solvedLocallyShare: 3 / 4 });
    // First responses (the chapter's): 20, 30, 60, 60 -> median the 2nd, p90 the 4th.
    expect(m.firstResponse).toEqual({ count: 4, medianMinutes: 30, p90Minutes: 60 });
    // Resolutions: 120, 120, 180, 600.
    expect(m.resolution).toEqual({ count: 4, medianMinutes: 120, p90Minutes: 600 });
    expect(m.topProblems).toEqual([
      { problemId: p1, titleNb: 'Passord utløpt (test)', titleEn: 'Password expired (test)', cases: 3 },
      { problemId: p2, titleNb: 'Mangler tilgang', titleEn: 'Missing access', cases: 1 },
      { problemId: null, titleNb: null, titleEn: null, cases: 1 },
    ]);
    const none = { count: 0, medianMinutes: null, p90Minutes: null };
    expect(m.byTier).toEqual([
      { tier: 'chapter', cases: 5, responseBreaches: 1, resolutionBreaches: 0, firstResponse: m.firstResponse },
      { tier: 'region', cases: 1, responseBreaches: 0, resolutionBreaches: 0, firstResponse: { count: 1, medianMinutes: 90, p90Minutes: 90 } },
      { tier: 'national', cases: 0, responseBreaches: 0, resolutionBreaches: 0, firstResponse: none },
      { tier: 'vendor', cases: 0, responseBreaches: 0, resolutionBreaches: 0, firstResponse: none },
    ]);
    expect(m.byRegion).toEqual([
      { regionId: s.org.east.id, name: 'Østlandet', opened: 3, resolved: 3, solvedLocallyShare: 2 / 3, breaches: 1 },
      { regionId: s.org.west.id, name: 'Vestlandet', opened: 2, resolved: 1, solvedLocallyShare: 1, breaches: 0 },
    ]);
  });

  it('takes the period in Oslo dates, and can be limited to a region', async () => {
    const { s } = await handMadeCases();
    const sunday = await s.core.call('support.metrics', { from: '2026-03-08', to: '2026-03-08' });
    expect([sunday.opened, sunday.resolved, sunday.solvedLocallyShare]).toEqual([1, 0, null]);
    expect(sunday.resolution).toEqual({ count: 0, medianMinutes: null, p90Minutes: null });

    const east = await s.core.call('support.metrics', { from: '2026-03-02', to: '2026-03-07', regionId: s.org.east.id });
    expect([east.opened, east.resolved, east.solvedLocallyShare]).toEqual([3, 3, 2 / 3]);
    expect(east.resolution).toEqual({ count: 3, medianMinutes: 180, p90Minutes: 600 });
    expect(east.byRegion.map((r) => r.name)).toEqual(['Østlandet']);
    expect(await s.core.raw('support.metrics', { from: '2026-03-02', to: '2026-03-07', regionId: s.org.herøy.id })).toMatchObject({
      ok: false, error: { code: 'NOT_FOUND' },
    });
  });

  it('changes when a case moves on', async () => {
    const { s } = await handMadeCases();
    const before = await s.core.call('support.metrics', { from: '2026-03-02', to: '2026-03-07' });
    const open = (await s.core.call('cases.list', { regionId: s.org.west.id })).rows[0];
    if (!open) throw new Error('case 4 should be open');
    s.at('2026-03-02 15:00');
    await s.core.call('cases.escalate', { id: open.id, reason: 'Trenger regionen' });
    s.at('2026-03-02 15:30');
    await s.core.call('cases.resolve', { id: open.id, resolution: 'Løst i regionen' });
    const after = await s.core.call('support.metrics', { from: '2026-03-02', to: '2026-03-07' });
    expect([before.resolved, after.resolved]).toEqual([4, 5]);
    expect(after.solvedLocallyShare).toBe(3 / 5);
    expect(after.byTier[1]?.cases).toBe(2);
    // Case 4 held 240 at the chapter (11:00–15:00) and 30 at the region: resolutions 120, 120, 180, 270, 600.
    expect(after.resolution).toEqual({ count: 5, medianMinutes: 180, p90Minutes: 600 });
  });
});

describe('durationStats', () => {
  const h = (values: number[]) => [...new Set(values)].sort((a, b) => a - b).map((minutes) => ({ minutes, n: values.filter((v) => v === minutes).length }));
  it.each([
    [[], null, null],
    [[7], 7, 7],
    [[1, 2], 1, 2],
    [[1, 2, 3], 2, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 6, 10],
    [[5, 5, 5, 100], 5, 100],
  ])('%j: median %s, p90 %s (nearest rank)', (values, median, p90) => {
    expect(durationStats(h(values))).toEqual({ count: values.length, medianMinutes: median, p90Minutes: p90 });
  });
});
