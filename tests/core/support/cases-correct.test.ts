// Correcting a case's problem, unit and description through the API, on a real
// database: every correction is one event with the before and after of what
// changed, the clocks stay truthful, and the new unit's path applies.
import { describe, expect, it } from 'vitest';
import { openSupport } from './cases-fixture';

describe('cases.correct', () => {
  it('corrects the problem, the unit and the description, each an event with before and after', async () => {
    const s = await openSupport();
    await s.core.call('settings.update', { actorName: 'Kari Support' });
    const locked = await s.problem('test_locked', 'Testkontoen er låst', 'The test account is locked');
    const expired = await s.problem('test_expired', 'Testpassordet er utløpt', 'The test password has expired');
    const c = await s.open('2026-03-02 09:00', s.org.herøy.id, locked);

    s.at('2026-03-02 09:30');
    const fixed = await s.core.call('cases.correct', { id: c.id, problemId: expired, unitId: s.org.bø.id, description: 'Passordet gikk ut i går' });
    expect(fixed).toMatchObject({
      problemId: expired, problemTitleNb: 'Testpassordet er utløpt', unitId: s.org.bø.id, unitName: 'Bø', regionName: 'Vestlandet',
      description: 'Passordet gikk ut i går', tier: 'chapter', state: 'open',
    });
    expect(fixed.events.map((e) => e.kind)).toEqual(['opened', 'corrected']);
    expect(fixed.events[1]).toMatchObject({ actor: 'Kari Support', fromTier: 'chapter', toTier: 'chapter', note: '' });
    expect(fixed.events[1]?.changes).toEqual([
      { field: 'problem', before: { id: locked, titleNb: 'Testkontoen er låst', titleEn: 'The test account is locked' },
        after: { id: expired, titleNb: 'Testpassordet er utløpt', titleEn: 'The test password has expired' } },
      { field: 'unit', before: { id: s.org.herøy.id, code: '0101', name: 'Herøy' }, after: { id: s.org.bø.id, code: '0201', name: 'Bø' } },
      { field: 'description', before: 'Kommer ikke inn', after: 'Passordet gikk ut i går' },
    ]);
    // The new unit's path applies from now on, and the region filter follows the unit.
    expect(fixed.path.unitId).toBe(s.org.bø.id);
    expect((await s.core.call('cases.list', { regionId: s.org.west.id })).rows.map((r) => r.id)).toEqual([c.id]);
    expect((await s.core.call('cases.list', { regionId: s.org.east.id })).total).toBe(0);

    // Only what differs is recorded; clearing the problem is a correction too.
    s.at('2026-03-02 10:00');
    const cleared = await s.core.call('cases.correct', { id: c.id, problemId: null, unitId: s.org.bø.id });
    expect(cleared.problemId).toBeNull();
    expect(cleared.events.at(-1)?.changes).toEqual([
      { field: 'problem', before: { id: expired, titleNb: 'Testpassordet er utløpt', titleEn: 'The test password has expired' }, after: null },
    ]);
    // Nothing differs: no event.
    const same = await s.core.call('cases.correct', { id: c.id, description: 'Passordet gikk ut i går' });
    expect(same.events).toHaveLength(3);
  });

  it('keeps the tier clocks: the time held before a correction still counts', async () => {
    const s = await openSupport();
    const c = await s.open('2026-03-02 08:00', s.org.herøy.id);
    s.at('2026-03-02 09:00');
    await s.core.call('cases.correct', { id: c.id, unitId: s.org.våler.id });
    s.at('2026-03-02 10:00');
    const answered = await s.core.call('cases.respond', { id: c.id });
    expect(answered.clocks.map((k) => [k.tier, k.responseMinutes, k.heldMinutes])).toEqual([['chapter', 120, 120]]);

    // An escalated case moves with its tier and both clocks.
    s.at('2026-03-02 11:00');
    await s.core.call('cases.escalate', { id: c.id, reason: 'Trenger regionen' });
    s.at('2026-03-02 12:00');
    const moved = await s.core.call('cases.correct', { id: c.id, unitId: s.org.bø.id });
    s.at('2026-03-02 13:00');
    const later = await s.core.call('cases.get', { id: c.id });
    expect([moved.tier, later.tier]).toEqual(['region', 'region']);
    expect(later.clocks.map((k) => [k.tier, k.heldMinutes])).toEqual([['chapter', 180], ['region', 120]]);
  });

  it('refuses an empty correction, an unknown problem or case, and an archived unit, and writes nothing', async () => {
    const s = await openSupport();
    const c = await s.open('2026-03-02 09:00', s.org.herøy.id);
    s.at('2026-03-02 09:30');
    expect(await s.core.raw('cases.correct', { id: c.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await s.core.raw('cases.correct', { id: c.id, problemId: 9999 })).toMatchObject({
      ok: false, error: { code: 'NOT_FOUND', details: { entity: 'problem', id: 9999 } },
    });
    expect(await s.core.raw('cases.correct', { id: 9999, description: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await s.core.call('units.archive', { id: s.org.bø.id });
    expect(await s.core.raw('cases.correct', { id: c.id, unitId: s.org.bø.id, description: 'Ny tekst' })).toMatchObject({
      ok: false, error: { code: 'UNIT_ARCHIVED', details: { code: '0201', name: 'Bø' } },
    });
    const after = await s.core.call('cases.get', { id: c.id });
    expect([after.unitId, after.description, after.events.length]).toEqual([s.org.herøy.id, 'Kommer ikke inn', 1]);
  });
});
