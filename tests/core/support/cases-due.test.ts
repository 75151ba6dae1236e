// The case list's due time and time left, on a real database with the default
// policies (chapter 240/960 minutes, business hours Mon–Fri 08:00–16:00 Oslo),
// and sorting by them across pages. Every number by hand.
import { describe, expect, it } from 'vitest';
import { openSupport, oslo } from './cases-fixture';

async function fiveCases() {
  const s = await openSupport();
  const { herøy, våler, bø } = s.org;
  // c: Friday 14:00, unanswered. Response due Friday 14:00 + 240 = Monday 10:00.
  const c = await s.open('2026-02-27 14:00', bø.id);
  // a: Monday 08:00, unanswered. Response due 12:00.
  const a = await s.open('2026-03-02 08:00', herøy.id);
  // e: resolved at once.
  const e = await s.open('2026-03-02 08:30', våler.id);
  s.at('2026-03-02 08:45');
  await s.core.call('cases.resolve', { id: e.id, resolution: 'Løst' });
  // b: Monday 09:00, answered 09:30; resolution due 09:00 + 960 = 420 (Mon) + 480 (Tue) + 60 -> Wednesday 09:00.
  const b = await s.open('2026-03-02 09:00', våler.id);
  s.at('2026-03-02 09:30');
  await s.core.call('cases.respond', { id: b.id });
  // d: Monday 10:00, waiting for the user from 10:30: paused at 30 minutes.
  const d = await s.open('2026-03-02 10:00', herøy.id);
  s.at('2026-03-02 10:30');
  await s.core.call('cases.wait', { id: d.id });
  s.at('2026-03-02 11:00');
  return { s, a, b, c, d, e };
}

describe('due time and time left in the case list', () => {
  it('gives the holding tier\'s next target, when it falls due, and the business minutes left (negative when overdue)', async () => {
    const { s, a, b, c, d, e } = await fiveCases();
    const { rows } = await s.core.call('cases.list', { state: null });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const due = (id: number) => {
      const r = byId.get(id);
      return r ? [r.dueTarget, r.dueAt, r.minutesLeft] : null;
    };
    expect(due(a.id)).toEqual(['response', oslo('2026-03-02 12:00').toISOString(), 60]);
    expect(due(b.id)).toEqual(['resolution', oslo('2026-03-04 09:00').toISOString(), 960 - 120]);
    // Friday 14–16 + Monday 08–11 = 300 of 240.
    expect(due(c.id)).toEqual(['response', oslo('2026-03-02 10:00').toISOString(), -60]);
    expect(byId.get(c.id)?.overdue).toBe(true);
    // Waiting: paused, so no due time, but the minutes left stand still.
    expect(due(d.id)).toEqual(['response', null, 210]);
    expect(due(e.id)).toEqual([null, null, null]);

    // The case screen says the same.
    const detail = await s.core.call('cases.get', { id: a.id });
    expect([detail.dueTarget, detail.dueAt, detail.minutesLeft]).toEqual(due(a.id));

    // Overnight counts no time: Monday 16:00 to Tuesday 08:00 leaves a at 240 - 480 = -240.
    s.at('2026-03-03 08:00');
    const later = await s.core.call('cases.get', { id: a.id });
    expect([later.dueAt, later.minutesLeft]).toEqual([oslo('2026-03-02 12:00').toISOString(), -240]);
  });

  it('sorts by due time or time left either way, cases without one last, across pages', async () => {
    const { s, a, b, c, d, e } = await fiveCases();
    const ids = async (input: Parameters<typeof s.core.call<'cases.list'>>[1]) => {
      const { rows, total } = await s.core.call('cases.list', input);
      return { ids: rows.map((r) => r.id), total };
    };
    expect(await ids({ state: null })).toEqual({ ids: [d.id, b.id, e.id, a.id, c.id], total: 5 });
    expect(await ids({ state: null, desc: false })).toEqual({ ids: [c.id, a.id, e.id, b.id, d.id], total: 5 });
    expect(await ids({ state: null, sort: 'due', desc: false })).toEqual({ ids: [c.id, a.id, b.id, d.id, e.id], total: 5 });
    expect(await ids({ state: null, sort: 'due', desc: true })).toEqual({ ids: [b.id, a.id, c.id, d.id, e.id], total: 5 });
    expect(await ids({ state: null, sort: 'left', desc: false })).toEqual({ ids: [c.id, a.id, d.id, b.id, e.id], total: 5 });
    expect(await ids({ state: null, sort: 'left', desc: true })).toEqual({ ids: [b.id, d.id, a.id, c.id, e.id], total: 5 });
    expect(await ids({ state: null, sort: 'left', desc: false, limit: 2, offset: 3 })).toEqual({ ids: [b.id, e.id], total: 5 });
    expect(await ids({ state: null, sort: 'left', desc: false, limit: 2, offset: 4 })).toEqual({ ids: [e.id], total: 5 });
    expect(await ids({ sort: 'due', desc: false })).toEqual({ ids: [c.id, a.id, b.id, d.id], total: 4 });
    expect(await ids({ state: 'resolved', sort: 'left' })).toEqual({ ids: [e.id], total: 1 });
    expect(await ids({ overdueOnly: true, sort: 'left' })).toEqual({ ids: [c.id], total: 1 });
  });
});
