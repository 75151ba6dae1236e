import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/db';
import { seedSmallOrg } from '../../support/seed';

describe('audit.list and audit.export', () => {
  it('dates each event by the core clock, as the change itself is dated', async () => {
    const at = new Date('2026-03-15T12:00:00Z');
    const core = await openTestCore({ now: () => at });
    const { heroy } = await seedSmallOrg(core);
    await core.call('units.update', { id: heroy.id, name: 'Herøy lokallag' });
    const { rows } = await core.call('audit.list', {});
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.at))).toEqual(new Set([at.toISOString()]));
  });

  it('filters by unit with its subtree, by module and by period, newest first', async () => {
    const core = await openTestCore();
    const { top, mr, heroy } = await seedSmallOrg(core);
    await core.call('units.update', { id: heroy.id, name: 'Herøy lokallag' });
    await core.call('units.update', { id: mr.id, members: 10 });
    const all = await core.call('audit.list', {});
    expect(all.total).toBe(all.rows.length);
    expect(all.rows[0]?.method).toBe('units.update');
    expect(all.rows.map((r) => r.id)).toEqual([...all.rows.map((r) => r.id)].sort((a, b) => b - a));

    const region = await core.call('audit.list', { unitId: mr.id });
    expect(new Set(region.rows.map((r) => r.unitId))).toEqual(new Set([mr.id, heroy.id]));
    const own = await core.call('audit.list', { unitId: mr.id, subtree: false });
    expect(own.rows.every((r) => r.unitId === mr.id)).toBe(true);
    expect(own.rows[0]?.changes).toEqual({ members: [null, 10] });
    const national = await core.call('audit.list', { unitId: top.id });
    expect(national.total).toBe(5);

    const levels = await core.call('audit.list', { module: 'levels' });
    expect(levels.rows.map((r) => r.method)).toEqual(['levels.create', 'levels.create', 'levels.create']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await core.call('audit.list', { from: '2000-01-01', to: '2000-12-31' })).total).toBe(0);
    expect((await core.call('audit.list', { from: '2000-01-01' })).total).toBe(all.total);
    const page = await core.call('audit.list', { limit: 2, offset: 1 });
    expect(page.rows.map((r) => r.id)).toEqual(all.rows.slice(1, 3).map((r) => r.id));
    const bad = await core.raw('audit.list', { from: today, to: '2000-01-01' });
    expect(bad.ok ? null : bad.error.code).toBe('DATE_ORDER');
    const missing = await core.raw('audit.list', { unitId: 9999 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });

  it('exports the filtered trail with headers in the chosen language and formulas neutralized', async () => {
    const core = await openTestCore();
    const { heroy } = await seedSmallOrg(core);
    await core.call('units.update', { id: heroy.id, name: '=HYPERLINK("x")' });
    const nb = await core.call('audit.export', { unitId: heroy.id, subtree: false, format: 'csv' });
    const text = Buffer.from(nb.base64, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toContain('Tidspunkt;Utført av;Metode');
    expect(text).not.toMatch(/;=HYPERLINK/);
    expect(nb.fileName).toMatch(/^endringslogg-.*\.csv$/);
    const en = await core.call('audit.export', { format: 'xlsx', lang: 'en' });
    expect(en.fileName).toMatch(/^audit-trail-.*\.xlsx$/);
  });
});
