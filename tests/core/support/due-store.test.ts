// Stored due times: written with every case event, read by «overdue only» with an
// index, and brought up to date when an SLA policy changes. Default policies (chapter
// 240/960 business minutes, Mon–Fri 08:00–16:00 Oslo); every number by hand.
import { describe, expect, it } from 'vitest';
import { openSupport, oslo } from './cases-fixture';

describe('stored due times', () => {
  it('lists a case as overdue from the minute after its target, and a waiting case not at all', async () => {
    const s = await openSupport();
    const { herøy, bø } = s.org;
    // a: Monday 08:00, unanswered: response due 12:00, overdue from 12:01.
    const a = await s.open('2026-03-02 08:00', herøy.id);
    // b: Monday 08:00, waiting from 10:00: paused at 120 of 240 minutes, never overdue while it waits.
    const b = await s.open('2026-03-02 08:00', bø.id);
    s.at('2026-03-02 10:00');
    await s.core.call('cases.wait', { id: b.id });
    const overdue = async (wall: string) => {
      s.at(wall);
      const { rows, total } = await s.core.call('cases.list', { overdueOnly: true });
      expect(rows.every((r) => r.overdue)).toBe(true);
      return { ids: rows.map((r) => r.id), total };
    };
    expect(await overdue('2026-03-02 12:00')).toEqual({ ids: [], total: 0 });
    expect(await overdue('2026-03-02 12:01')).toEqual({ ids: [a.id], total: 1 });
    expect(await overdue('2026-03-09 12:00')).toEqual({ ids: [a.id], total: 1 });

    // Answering moves a on to its resolution target: 960 minutes from Monday 08:00 is Tuesday 16:00,
    // overdue from Wednesday 08:01 (the next open minute).
    s.at('2026-03-02 13:00');
    await s.core.call('cases.respond', { id: a.id });
    expect(await overdue('2026-03-03 16:00')).toEqual({ ids: [], total: 0 });
    expect(await overdue('2026-03-04 08:00')).toEqual({ ids: [], total: 0 });
    expect(await overdue('2026-03-04 08:01')).toEqual({ ids: [a.id], total: 1 });
    const row = (await s.core.call('cases.list', { state: null })).rows.find((r) => r.id === a.id);
    expect(row?.dueAt).toBe(oslo('2026-03-03 16:00').toISOString());
    // The case screen replays the events; it agrees with the stored time.
    const detail = await s.core.call('cases.get', { id: a.id });
    expect(detail.clocks.find((k) => k.tier === 'chapter')?.resolutionDueAt).toBe(row?.dueAt);
  });

  it('follows an SLA policy change in the same write', async () => {
    const s = await openSupport();
    const b = await s.open('2026-03-02 08:00', s.org.bø.id);
    s.at('2026-03-02 10:00');
    await s.core.call('cases.wait', { id: b.id });
    s.at('2026-03-02 11:00');
    expect((await s.core.call('cases.list', { overdueOnly: true })).total).toBe(0);
    // A 60-minute response target: the 120 minutes already held are past it, waiting or not.
    await s.core.call('sla.update', { tier: 'chapter', firstResponseMinutes: 60, resolutionMinutes: 960, businessHours: true });
    const { rows } = await s.core.call('cases.list', { overdueOnly: true });
    expect(rows.map((r) => [r.id, r.overdue, r.dueAt])).toEqual([[b.id, true, oslo('2026-03-02 09:00').toISOString()]]);
  });
});
