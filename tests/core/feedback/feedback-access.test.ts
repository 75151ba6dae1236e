// «Innspill» on a team server: anyone who can see a unit raises an entry for it and reads its
// answers; answering needs rollout changes for the whole organization; the list and the
// figures are the caller's own units, so nothing of region B reaches region A's people.
import { describe, expect, it } from 'vitest';
import { MARKER, openScopeFixture } from '../access/scope-fixture';

describe('feedback access', () => {
  it('lets a chapter leader raise and read, but not answer; the national owner answers', async () => {
    const fx = await openScopeFixture();
    const { chapter, region, national } = fx.callers;
    const raised = await fx.core.dispatch('feedback.create', { unitId: fx.units.a1, kind: 'worry', title: 'For lite tid', raisedById: fx.people.insider }, chapter);
    expect(raised).toMatchObject({ ok: true, value: { unitCode: '0101', status: 'new' } });
    if (!raised.ok) return;
    const id = (raised.value as { id: number }).id;
    const refused = await fx.core.dispatch('feedback.answer', { id, status: 'planned', answer: 'Ja', signedAs: 'Lagleder' }, chapter);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await fx.core.dispatch('feedback.answer', { id, status: 'planned', answer: 'Flere kvelder', signedAs: 'Faggruppen' }, national)).toMatchObject({ ok: true });
    const own = await fx.core.dispatch('feedback.forUnit', { unitId: fx.units.a1 }, chapter);
    expect(own.ok && (own.value as Array<{ id: number; answer: { text: string } | null }>).find((e) => e.id === id)?.answer?.text).toBe('Flere kvelder');

    // The region's super-user sees the region's entries and figures only.
    const list = await fx.core.dispatch('feedback.list', {}, region);
    expect(list.ok && (list.value as { rows: Array<{ unitCode: string }> }).rows.map((r) => r.unitCode).sort()).toEqual(['0101', '0101']);
    const summary = await fx.core.dispatch('feedback.summary', {}, region);
    expect(summary.ok).toBe(true);
    expect(JSON.stringify(summary)).not.toContain(MARKER);
    expect(summary.ok && (summary.value as { total: { open: number } }).total.open).toBe(2);
    const everything = await fx.core.dispatch('feedback.summary', {}, national);
    expect(JSON.stringify(everything)).toContain(MARKER);
  });
});
