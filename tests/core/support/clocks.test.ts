// Per-tier SLA clocks through the API, on a real database, with the default
// policies (chapter 240/960, region 240/960, national 120/960, vendor 120/1440
// minutes, business hours Mon–Fri 08:00–16:00 Oslo). Every number by hand.
import { describe, expect, it } from 'vitest';
import type { CaseDetail, SupportTier } from '../../../src/shared/types-support';
import { openSupport, oslo } from './cases-fixture';

const clock = (c: CaseDetail, tier: SupportTier) => {
  const found = c.clocks.find((k) => k.tier === tier);
  if (!found) throw new Error(`no ${tier} clock`);
  return found;
};

describe('per-tier SLA clocks', () => {
  it('counts business hours across a weekend and flags the case overdue with the next tier proposed', async () => {
    const s = await openSupport();
    const opened = await s.open('2026-03-06 14:00', s.org.herøy.id); // a Friday
    expect(opened.tier).toBe('chapter');
    expect(clock(opened, 'chapter')).toMatchObject({
      heldMinutes: 0, responseMinutes: null,
      // Friday 14:00 + 4 working hours = Monday 10:00; + 16 working hours = Tuesday 14:00.
      responseDueAt: oslo('2026-03-09 10:00').toISOString(),
      resolutionDueAt: oslo('2026-03-10 14:00').toISOString(),
    });

    s.at('2026-03-09 10:00'); // Friday 14–16 + Monday 08–10 = 240: due, not yet past
    const due = await s.core.call('cases.get', { id: opened.id });
    expect(clock(due, 'chapter').heldMinutes).toBe(240);
    expect([due.overdue, due.proposedTier]).toEqual([false, null]);

    s.at('2026-03-09 10:01');
    const late = await s.core.call('cases.get', { id: opened.id });
    expect([late.overdue, late.proposedTier]).toEqual([true, 'region']);
    expect(clock(late, 'chapter').responseBreached).toBe(true);
    const listed = await s.core.call('cases.list', { overdueOnly: true });
    expect(listed.rows.map((r) => [r.id, r.proposedTier])).toEqual([[opened.id, 'region']]);

    s.at('2026-03-09 10:30');
    const answered = await s.core.call('cases.respond', { id: opened.id, note: 'Ringte tilbake' });
    expect(clock(answered, 'chapter')).toMatchObject({ responseMinutes: 270, heldMinutes: 270, responseBreached: true, responseDueAt: null });
    // A late answer is on record, but the case is no longer overdue: the resolution target is still ahead.
    expect(answered.overdue).toBe(false);
  });

  it('leaves Easter out, and pauses while waiting for the user', async () => {
    const s = await openSupport();
    const c = await s.open('2026-04-01 14:00', s.org.herøy.id); // Wednesday before Easter
    s.at('2026-04-01 15:00');
    expect(clock(await s.core.call('cases.respond', { id: c.id }), 'chapter').responseMinutes).toBe(60);
    s.at('2026-04-01 15:30');
    const waiting = await s.core.call('cases.wait', { id: c.id, note: 'Venter på skjermbilde' });
    expect(waiting.state).toBe('waiting');
    expect(clock(waiting, 'chapter')).toMatchObject({ heldMinutes: 90, resolutionDueAt: null });

    // Paused: a working day later, still 90.
    s.at('2026-04-08 12:00');
    expect(clock(await s.core.call('cases.get', { id: c.id }), 'chapter').heldMinutes).toBe(90);
    s.at('2026-04-07 09:00'); // Tuesday after Easter (Skjærtorsdag, Langfredag, 2. påskedag off)
    const resumed = await s.core.call('cases.resume', { id: c.id });
    // 960 - 90 = 870 minutes left from Tuesday 09:00: 420 on Tuesday, 450 on Wednesday -> Wednesday 15:30.
    expect(clock(resumed, 'chapter').resolutionDueAt).toBe(oslo('2026-04-08 15:30').toISOString());
    s.at('2026-04-07 12:00');
    const resolved = await s.core.call('cases.resolve', { id: c.id, resolution: 'Tømte hurtigbufferen' });
    expect(resolved).toMatchObject({ state: 'resolved', resolvedTier: 'chapter', resolution: 'Tømte hurtigbufferen', overdue: false });
    expect(resolved.resolvedAt).toBe(oslo('2026-04-07 12:00').toISOString());
    expect(clock(resolved, 'chapter')).toMatchObject({ heldMinutes: 90 + 180, responseBreached: false, resolutionBreached: false });
  });

  it('charges a breach to the tier that held the case, not to the one it was escalated to', async () => {
    const s = await openSupport();
    const c = await s.open('2026-03-02 08:00', s.org.våler.id);
    s.at('2026-03-02 13:00'); // 300 minutes unanswered at the chapter
    const escalated = await s.core.call('cases.escalate', { id: c.id, reason: 'Krever administratortilgang' });
    expect(escalated.tier).toBe('region');
    expect(clock(escalated, 'chapter')).toMatchObject({ responseMinutes: null, heldMinutes: 300, responseBreached: true, resolutionBreached: false });
    expect(clock(escalated, 'region')).toMatchObject({
      arrivedAt: oslo('2026-03-02 13:00').toISOString(), heldMinutes: 0, responseBreached: false,
      responseDueAt: oslo('2026-03-03 09:00').toISOString(),
    });
    expect(escalated.overdue).toBe(false);
    expect(escalated.events.at(-1)).toMatchObject({ kind: 'escalated', fromTier: 'chapter', toTier: 'region', note: 'Krever administratortilgang' });

    s.at('2026-03-02 13:30');
    await s.core.call('cases.respond', { id: c.id });
    s.at('2026-03-03 16:00');
    const resolved = await s.core.call('cases.resolve', { id: c.id, resolution: 'Tildelt lisens' });
    expect(resolved.resolvedTier).toBe('region');
    expect(clock(resolved, 'region')).toMatchObject({ responseMinutes: 30, heldMinutes: 180 + 480, responseBreached: false, resolutionBreached: false });
    // The chapter's clock stopped when the case left it.
    expect(clock(resolved, 'chapter').heldMinutes).toBe(300);
  });

  it('counts a resolution without a separate first response as that tier\'s first response, in the clock rows and the metrics', async () => {
    const s = await openSupport();
    const c = await s.open('2026-03-02 08:00', s.org.våler.id);
    s.at('2026-03-02 09:00');
    await s.core.call('cases.escalate', { id: c.id, reason: 'Trenger regionen' });
    s.at('2026-03-02 10:30'); // the region solves it in 90 minutes, without answering first
    const resolved = await s.core.call('cases.resolve', { id: c.id, resolution: 'Ny invitasjon sendt' });
    expect(clock(resolved, 'region')).toMatchObject({ responseMinutes: 90, heldMinutes: 90, responseBreached: false });
    // The chapter passed it on unanswered: it never responded.
    expect(clock(resolved, 'chapter')).toMatchObject({ responseMinutes: null, heldMinutes: 60 });

    // Solved late at the chapter: the response that came with it is late too.
    const late = await s.open('2026-03-03 08:00', s.org.herøy.id);
    s.at('2026-03-03 13:00');
    const lateResolved = await s.core.call('cases.resolve', { id: late.id, resolution: 'Tømte hurtigbufferen' });
    expect(clock(lateResolved, 'chapter')).toMatchObject({ responseMinutes: 300, responseBreached: true });

    const metrics = await s.core.call('support.metrics', { from: '2026-03-02', to: '2026-03-03' });
    const region = metrics.byTier.find((t) => t.tier === 'region');
    expect(region?.firstResponse).toMatchObject({ count: 1, medianMinutes: 90 });
    expect(metrics.byTier.find((t) => t.tier === 'chapter')?.firstResponse).toMatchObject({ count: 1, medianMinutes: 300 });
  });

  it('continues the clock of the tier that resolved a case when it is reopened', async () => {
    const s = await openSupport();
    const c = await s.open('2026-03-02 08:00', s.org.herøy.id);
    s.at('2026-03-02 08:10');
    await s.core.call('cases.respond', { id: c.id });
    s.at('2026-03-02 09:00');
    await s.core.call('cases.resolve', { id: c.id, resolution: 'Nytt passord' });

    s.at('2026-03-04 10:00'); // the time in between is not counted
    const reopened = await s.core.call('cases.reopen', { id: c.id, reason: 'Fortsatt låst' });
    expect(reopened).toMatchObject({ state: 'open', tier: 'chapter', resolvedTier: null, resolvedAt: null, resolution: '' });
    expect(clock(reopened, 'chapter')).toMatchObject({ heldMinutes: 60, responseMinutes: 10 });
    // 960 - 60 = 900 left from Wednesday 10:00: 360 + 480 + 60 -> Friday 09:00.
    expect(clock(reopened, 'chapter').resolutionDueAt).toBe(oslo('2026-03-06 09:00').toISOString());

    s.at('2026-03-04 12:00');
    expect(clock(await s.core.call('cases.get', { id: c.id }), 'chapter').heldMinutes).toBe(180);
    // Answered once per tier: reopening does not restart the response clock.
    expect((await s.core.raw('cases.respond', { id: c.id })).ok).toBe(false);

    s.at('2026-03-06 09:30'); // 60 + 360 (Wed) + 480 (Thu) + 90 (Fri) = 990 > 960
    const overdue = await s.core.call('cases.get', { id: c.id });
    expect([overdue.overdue, overdue.proposedTier]).toEqual([true, 'region']);
    const resolved = await s.core.call('cases.resolve', { id: c.id, resolution: 'Konto låst opp av regionen' });
    expect(clock(resolved, 'chapter')).toMatchObject({ heldMinutes: 990, resolutionBreached: true, responseBreached: false });
    expect(resolved.events.map((e) => e.kind)).toEqual(['opened', 'first_response', 'resolved', 'reopened', 'resolved']);
  });

  it('counts all hours, real minutes, for a tier whose policy says so', async () => {
    const s = await openSupport();
    await s.core.ds.query(`UPDATE sla_policy SET business_hours = FALSE WHERE tier = 'chapter'`);
    const c = await s.open('2026-03-28 12:00', s.org.herøy.id); // Saturday, the night the clocks go forward
    s.at('2026-03-29 12:00');
    const answered = await s.core.call('cases.respond', { id: c.id });
    expect(clock(answered, 'chapter')).toMatchObject({ responseMinutes: 23 * 60, responseBreached: true });
  });
});
