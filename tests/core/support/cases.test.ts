// Cases through the API on a real database: opening, the legal and illegal
// transitions, the event log, and the list with its filters.
import { describe, expect, it } from 'vitest';
import { openSupport, oslo } from './cases-fixture';

describe('opening a case', () => {
  it('starts at the chapter tier with an opened event by the actor and a chapter clock', async () => {
    const s = await openSupport();
    await s.core.call('settings.update', { actorName: 'Kari Support' });
    const problemId = await s.problem('test_locked', 'Kontoen er låst', 'The account is locked');
    const c = await s.open('2026-03-02 09:15', s.org.herøy.id, problemId);
    expect(c).toMatchObject({
      unitId: s.org.herøy.id, unitCode: '0101', unitName: 'Herøy', regionName: 'Østlandet',
      reporterName: 'Ola Nordmann', reporterContact: '', description: 'Kommer ikke inn',
      problemId, problemTitleNb: 'Kontoen er låst', problemTitleEn: 'The account is locked',
      tier: 'chapter', state: 'open', openedAt: oslo('2026-03-02 09:15').toISOString(), resolvedAt: null, resolvedTier: null,
      overdue: false, proposedTier: null,
    });
    expect(c.events).toEqual([
      expect.objectContaining({ kind: 'opened', fromTier: null, toTier: 'chapter', actor: 'Kari Support', at: c.openedAt }),
    ]);
    expect(c.clocks.map((k) => [k.tier, k.arrivedAt])).toEqual([['chapter', c.openedAt]]);
    // Nobody holds a support role in the small tree: every step is there, as a gap.
    expect(c.path.unitId).toBe(s.org.herøy.id);
    expect(c.path.steps.map((step) => [step.tier, step.gap])).toEqual([
      ['chapter', true], ['region', true], ['national', true], ['national', true], ['vendor', true],
    ]);
  });

  it('refuses a unit that does not exist or is archived, and an unknown problem', async () => {
    const s = await openSupport();
    const input = { reporterName: 'Ola', problemId: null };
    expect(await s.core.raw('cases.open', { ...input, unitId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await s.core.raw('cases.open', { ...input, unitId: s.org.herøy.id, problemId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await s.core.call('units.archive', { id: s.org.bø.id });
    expect(await s.core.raw('cases.open', { ...input, unitId: s.org.bø.id })).toMatchObject({ ok: false, error: { code: 'UNIT_ARCHIVED' } });
    expect((await s.core.call('cases.list', { state: null })).total).toBe(0);
  });
});

describe('opening a case from login help', () => {
  const pasted = 'AADSTS50053: Your account is locked because you tried to sign in too many times.';

  it('puts the pasted error first in the description, and needs a problem when the error matches a guide', async () => {
    const s = await openSupport();
    const [top] = (await s.core.call('problems.lookup', { text: pasted })).guides;
    const base = { unitId: s.org.herøy.id, reporterName: 'Ola', errorText: pasted };
    expect(await s.core.raw('cases.open', { ...base, problemId: null })).toMatchObject({
      ok: false,
      error: { code: 'PROBLEM_REQUIRED', details: { field: 'problemId', problemId: top?.problem.id, titleNb: 'Kontoen er låst etter for mange forsøk', titleEn: 'Account locked after too many attempts' } },
    });
    expect((await s.core.call('cases.list', { state: null })).total).toBe(0);

    const opened = await s.core.call('cases.open', { ...base, problemId: top?.problem.id ?? null, description: 'Prøvde fra to telefoner' });
    expect(opened).toMatchObject({ problemTitleNb: 'Kontoen er låst etter for mange forsøk', description: `${pasted}\n\nPrøvde fra to telefoner` });
    // Another guide than the top match is the user's choice to make.
    const other = await s.problem('test_other', 'Noe annet', 'Something else');
    expect((await s.core.call('cases.open', { ...base, problemId: other })).problemId).toBe(other);
  });

  it('allows "no problem chosen" when nothing matched the pasted error', async () => {
    const s = await openSupport();
    const text = 'Qxzv 7731 plopp';
    expect((await s.core.call('problems.lookup', { text })).guides).toEqual([]);
    const opened = await s.core.call('cases.open', { unitId: s.org.herøy.id, reporterName: 'Ola', errorText: text, problemId: null });
    expect([opened.problemId, opened.description]).toEqual([null, text]);
  });
});

describe('transitions', () => {
  it('refuses illegal transitions with CASE_STATE and the current state, and writes nothing', async () => {
    const s = await openSupport();
    const c = await s.open('2026-03-02 09:00', s.org.herøy.id);
    const refused = async (method: Parameters<typeof s.core.raw>[0], input: object, state: string) => {
      const env = await s.core.raw(method, { id: c.id, ...input });
      expect(env, method).toMatchObject({ ok: false, error: { code: 'CASE_STATE', details: { state } } });
    };
    await refused('cases.resume', {}, 'open');
    await refused('cases.reopen', { reason: 'x' }, 'open');
    s.at('2026-03-02 09:30');
    await s.core.call('cases.wait', { id: c.id });
    await refused('cases.wait', {}, 'waiting');
    await refused('cases.respond', {}, 'waiting');
    await s.core.call('cases.resolve', { id: c.id, resolution: 'Løst' });
    for (const [method, input] of [
      ['cases.respond', {}], ['cases.escalate', { reason: 'x' }], ['cases.wait', {}], ['cases.resume', {}], ['cases.resolve', { resolution: 'x' }],
    ] as const) {
      await refused(method, input, 'resolved');
    }
    const after = await s.core.call('cases.get', { id: c.id });
    expect(after.events.map((e) => e.kind)).toEqual(['opened', 'waiting', 'resolved']);
    expect((await s.core.raw('cases.respond', { id: 9999 })).ok).toBe(false);
  });

  it('requires a reason to escalate or reopen and a resolution to resolve', async () => {
    const s = await openSupport();
    const c = await s.open('2026-03-02 09:00', s.org.herøy.id);
    for (const [method, input] of [['cases.escalate', { reason: ' ' }], ['cases.resolve', { resolution: '' }]] as const) {
      expect(await s.core.raw(method, { id: c.id, ...input })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('escalates tier by tier up to the vendor, and no further', async () => {
    const s = await openSupport();
    const c = await s.open('2026-03-02 09:00', s.org.herøy.id);
    const tiers: string[] = [];
    for (const [i, wall] of ['2026-03-02 10:00', '2026-03-02 11:00', '2026-03-02 12:00'].entries()) {
      s.at(wall);
      tiers.push((await s.core.call('cases.escalate', { id: c.id, reason: `Steg ${i + 1}` })).tier);
    }
    expect(tiers).toEqual(['region', 'national', 'vendor']);
    s.at('2026-03-02 13:00');
    expect(await s.core.raw('cases.escalate', { id: c.id, reason: 'Videre' })).toMatchObject({
      ok: false, error: { code: 'CASE_STATE', details: { state: 'open', tier: 'vendor' } },
    });
    const detail = await s.core.call('cases.get', { id: c.id });
    expect(detail.clocks.map((k) => [k.tier, k.heldMinutes])).toEqual([['chapter', 60], ['region', 60], ['national', 60], ['vendor', 60]]);
    expect(detail.events.filter((e) => e.kind === 'escalated').map((e) => `${e.fromTier}>${e.toTier}`)).toEqual([
      'chapter>region', 'region>national', 'national>vendor',
    ]);
  });

  it('lets a waiting case be escalated: the next tier takes it up, open', async () => {
    const s = await openSupport();
    const c = await s.open('2026-03-02 09:00', s.org.herøy.id);
    s.at('2026-03-02 10:00');
    await s.core.call('cases.wait', { id: c.id });
    s.at('2026-03-03 10:00');
    const escalated = await s.core.call('cases.escalate', { id: c.id, reason: 'Brukeren svarte ikke' });
    expect([escalated.state, escalated.tier]).toEqual(['open', 'region']);
    expect(escalated.clocks.map((k) => [k.tier, k.heldMinutes])).toEqual([['chapter', 60], ['region', 0]]);
  });
});

describe('cases.list', () => {
  it('filters by state, tier, region and overdue, newest first, with paging', async () => {
    const s = await openSupport();
    const a = await s.open('2026-03-02 08:00', s.org.herøy.id); // east
    const b = await s.open('2026-03-02 09:00', s.org.våler.id); // east
    const c = await s.open('2026-03-02 10:00', s.org.bø.id); // west
    const d = await s.open('2026-03-02 11:00', s.org.top.id); // national unit: no region
    s.at('2026-03-02 11:30');
    await s.core.call('cases.escalate', { id: b.id, reason: 'Trenger regionen' });
    await s.core.call('cases.resolve', { id: c.id, resolution: 'Løst lokalt' });
    await s.core.call('cases.wait', { id: d.id });

    const ids = async (input: Parameters<typeof s.core.call<'cases.list'>>[1]) => {
      const { rows, total } = await s.core.call('cases.list', input);
      return { ids: rows.map((r) => r.id), total };
    };
    expect(await ids({})).toEqual({ ids: [d.id, b.id, a.id], total: 3 }); // 'active' by default
    expect(await ids({ state: null })).toEqual({ ids: [d.id, c.id, b.id, a.id], total: 4 });
    expect(await ids({ state: 'resolved' })).toEqual({ ids: [c.id], total: 1 });
    expect(await ids({ state: 'waiting' })).toEqual({ ids: [d.id], total: 1 });
    expect(await ids({ tier: 'region' })).toEqual({ ids: [b.id], total: 1 });
    expect(await ids({ state: null, regionId: s.org.east.id })).toEqual({ ids: [b.id, a.id], total: 2 });
    expect(await ids({ state: null, regionId: s.org.west.id })).toEqual({ ids: [c.id], total: 1 });
    expect(await ids({ state: null, limit: 2, offset: 1 })).toEqual({ ids: [c.id, b.id], total: 4 });
    expect(await s.core.raw('cases.list', { regionId: s.org.herøy.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const { rows } = await s.core.call('cases.list', { state: null });
    expect(rows.map((r) => r.regionName)).toEqual([null, 'Vestlandet', 'Østlandet', 'Østlandet']);

    // Tuesday 12:30: the chapter has held a for 480 + 270 = 750 minutes unanswered (> 240); the region has held b
    // since Monday 11:30, 270 + 270 = 540, unanswered. d waits, paused at 30 minutes.
    s.at('2026-03-03 12:30');
    expect(await ids({ overdueOnly: true })).toEqual({ ids: [b.id, a.id], total: 2 });
    const overdue = await s.core.call('cases.list', { overdueOnly: true });
    expect(overdue.rows.map((r) => r.proposedTier)).toEqual(['national', 'region']);
    expect(await ids({ overdueOnly: true, limit: 1, offset: 1 })).toEqual({ ids: [a.id], total: 2 });
    // Monday 11:30 nothing was overdue yet: a had held 210 minutes.
    s.at('2026-03-02 11:30');
    expect(await ids({ overdueOnly: true })).toEqual({ ids: [], total: 0 });
  });
});

describe('cases.list: text filter', () => {
  it('finds cases by their unit, folded, with every word matching', async () => {
    const s = await openSupport();
    await s.open('2026-03-02 09:00', s.org.herøy.id);
    await s.open('2026-03-02 09:10', s.org.våler.id);
    await s.open('2026-03-02 09:20', s.org.bø.id);
    const units = async (query: string, sort: 'opened' | 'due' = 'opened') =>
      (await s.core.call('cases.list', { state: null, query, sort })).rows.map((r) => r.unitName);
    expect(await units('heroy')).toEqual(['Herøy']);
    expect(await units('vaaler')).toEqual(['Våler']);
    expect(await units('0201')).toEqual(['Bø']);
    expect(await units('01')).toEqual(['Våler', 'Herøy']);
    expect(await units('bo')).toEqual(['Bø']);
    expect(await units('heroy', 'due')).toEqual(['Herøy']);
    expect(await units('heroy bo')).toEqual([]);
    expect((await s.core.call('cases.list', { state: null, query: '' })).total).toBe(3);
  });
});
