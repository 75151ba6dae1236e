// The daily support rollups and stored due times against the same figures worked
// out from scratch: after hand-made cases, and after random sequences of case
// writes (every event, corrections, a problem deleted, an SLA change, a reporter
// erased), including writes refused half-way, which must leave nothing behind.
import { describe, expect, it } from 'vitest';
import type { MethodName, ParamsOf } from '../../../src/shared/contract';
import { openSupport } from './cases-fixture';
import { expectMetricsMatch, expectStoredEqualsRebuilt } from './figures-fixture';

const YEAR = { from: '2026-01-01', to: '2026-12-31', regionId: null };

describe('daily support rollups', () => {
  it('count each case under the Oslo day it was opened, and follow a correction to another unit', async () => {
    const s = await openSupport();
    const { herøy, bø } = s.org;
    const a = await s.open('2026-03-02 08:00', herøy.id);
    s.at('2026-03-02 08:40');
    await s.core.call('cases.respond', { id: a.id });
    s.at('2026-03-02 09:00');
    await s.core.call('cases.resolve', { id: a.id, resolution: 'Nytt passord' });
    // 23:30 on Sunday in Oslo is 22:30 UTC: the case belongs to 8 March.
    const b = await s.open('2026-03-08 23:30', herøy.id);
    s.at('2026-03-09 09:00');
    await s.core.call('cases.correct', { id: b.id, unitId: bø.id });
    const days: Array<{ day: string; unit_id: number; opened: number; solved: number; responses: number; response_minutes: number }> =
      await s.core.ds.query('SELECT day, unit_id, opened, solved, responses, response_minutes FROM support_day ORDER BY day, unit_id');
    expect(days).toEqual([
      { day: '2026-03-02', unit_id: herøy.id, opened: 1, solved: 1, responses: 1, response_minutes: 40 },
      { day: '2026-03-08', unit_id: bø.id, opened: 1, solved: 0, responses: 0, response_minutes: 0 },
    ]);
    await expectStoredEqualsRebuilt(s.core);
    const year = await expectMetricsMatch(s.core, YEAR, false);
    // Within the bucket: 40 minutes is bucket 8 (40–44), read as 42.
    expect(year.firstResponse).toEqual({ count: 1, medianMinutes: 42, p90Minutes: 42 });
    const march = await expectMetricsMatch(s.core, { from: '2026-03-01', to: '2026-03-31', regionId: null }, true);
    expect(march.firstResponse).toEqual({ count: 1, medianMinutes: 40, p90Minutes: 40 });
  });
});

/** Small seeded generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let t = seed;
  const next = () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T };
}

const ACTIONS = ['open', 'open', 'respond', 'escalate', 'wait', 'resume', 'resolve', 'reopen', 'correct', 'correct', 'erase', 'deleteProblem', 'sla'] as const;

type Support = Awaited<ReturnType<typeof openSupport>>;

/** «Overdue only» (the stored instant) lists exactly the cases flagged overdue counted up to `at`; true if some are and some are not. */
async function overdueAgrees(s: Support, at: Date): Promise<boolean> {
  s.setNow(at);
  const all = await s.core.call('cases.list', { state: 'active', limit: 500 });
  const overdue = await s.core.call('cases.list', { overdueOnly: true, limit: 500 });
  expect(overdue.rows.map((r) => r.id).sort()).toEqual(all.rows.filter((r) => r.overdue).map((r) => r.id).sort());
  return overdue.total > 0 && overdue.total < all.total;
}

async function randomSequence(seed: number, steps: number) {
  const s = await openSupport('2026-02-27 10:00');
  const rnd = random(seed);
  const units = [s.org.herøy.id, s.org.våler.id, s.org.bø.id, s.org.east.id];
  const problems: Array<number | null> = [null, await s.problem('p_a', 'Feil A', 'Error A'), await s.problem('p_b', 'Feil B', 'Error B')];
  const ola = await s.person('Ola Nordmann');
  const cases: number[] = [];
  let now = Date.parse('2026-02-27T09:00:00Z');
  let refused = 0;
  let mixed = 0;
  for (let i = 0; i < steps; i++) {
    if (i % 6 === 5 && (await overdueAgrees(s, new Date(now)))) mixed += 1;
    // From a minute to a few days on: across nights, weekends and Easter 2026.
    now += rnd.pick([1, 7, 20, 45, 130, 300, 900, 2 * 1440]) * 60_000;
    s.setNow(new Date(now));
    const action = cases.length === 0 ? 'open' : rnd.pick(ACTIONS);
    const id = rnd.pick(cases);
    // A refused write (a transition not allowed now, a deleted problem) must write nothing; an internal error fails the test.
    const write = async <K extends MethodName>(method: K, input: ParamsOf<K>) => {
      const env = await s.core.raw(method, input);
      if (env.ok) return env.value;
      expect(env.error.code).not.toBe('INTERNAL');
      refused += 1;
      return null;
    };
    if (action === 'open') {
      const opened = await write('cases.open', { unitId: rnd.pick(units), reporterName: rnd.pick(['Ola Nordmann', 'Kari']), problemId: rnd.pick(problems), description: 'x' });
      if (opened) cases.push(opened.id);
    } else if (action === 'respond') await write('cases.respond', { id });
    else if (action === 'escalate') await write('cases.escalate', { id, reason: 'Videre' });
    else if (action === 'wait') await write('cases.wait', { id });
    else if (action === 'resume') await write('cases.resume', { id });
    else if (action === 'resolve') await write('cases.resolve', { id, resolution: 'Løst' });
    else if (action === 'reopen') await write('cases.reopen', { id, reason: 'Igjen' });
    else if (action === 'correct') await write('cases.correct', rnd.next() < 0.5 ? { id, unitId: rnd.pick(units) } : { id, problemId: rnd.pick(problems) });
    else if (action === 'erase') await write('people.erase', { id: ola });
    else if (action === 'deleteProblem') {
      const p = rnd.pick(problems);
      if (p !== null) await write('problems.delete', { id: p });
    } else {
      const tier = rnd.pick(['chapter', 'region', 'national', 'vendor'] as const);
      await write('sla.update', { tier, firstResponseMinutes: rnd.pick([30, 120, 240]), resolutionMinutes: rnd.pick([480, 960]), businessHours: rnd.next() < 0.7 });
    }
  }
  return { s, refused, mixed, now: new Date(now) };
}

describe('stored support figures after random case writes', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`equal the figures recomputed from scratch (seed ${seed})`, async () => {
      const { s, refused, now, mixed } = await randomSequence(seed, 90);
      expect(refused).toBeGreaterThan(0);
      await expectStoredEqualsRebuilt(s.core);
      await expectMetricsMatch(s.core, YEAR, false);
      await expectMetricsMatch(s.core, { from: '2026-03-01', to: '2026-03-20', regionId: null }, true);
      await expectMetricsMatch(s.core, { ...YEAR, regionId: s.org.east.id }, false);
      for (const minutes of [0, 1, 30, 61, 180, 1440, 7 * 1440]) await overdueAgrees(s, new Date(now.getTime() + minutes * 60_000));
      // Some of the moments checked fell between one case's due time and another's.
      expect(mixed).toBeGreaterThan(0);
    });
  }
});
