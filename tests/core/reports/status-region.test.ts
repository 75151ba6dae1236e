// The region status report: the national report's tables with a row per
// active unit of the region (the region first), the region as the totals row,
// and figures that agree with the dashboard, the gap list and the support
// metrics for that region.
import { describe, expect, it } from 'vitest';
import { computeGapReport } from '../../../src/core/ownership/coverage-gaps';
import { buildRegionReport } from '../../../src/core/reports/build-region';
import { computeDashboard } from '../../../src/core/rollout/dashboard';
import { supportMetrics } from '../../../src/core/support/metrics';
import {
  buildContext, buildReport, openReportFixture, REPORT_TODAY, reportRequest, tableOf, tableRecords, totalsRecord,
} from './fixture';

describe('region status report', () => {
  it('has a row per active unit of the region, the region first, and the region as a whole in the totals', async () => {
    const fx = await openReportFixture();
    await fx.core.call('units.archive', { id: fx.unit('4612') });
    const { ctx, progress } = await buildContext(fx.core, reportRequest('region', { unit: '46', appendix: true }));
    const model = await buildRegionReport(ctx);
    const em = fx.core.ds.manager;

    const tree = await fx.core.call('units.tree', {});
    const chapters = tree.map((u) => u.code).filter((c) => c.startsWith('46') && c.length === 4 && c !== '4612').sort();
    // One row per unit with the stage it is on; the stage matrix ('rollout') is the last block, the appendix.
    expect(tableOf(model, 'units').rows.map((r) => r[1])).toEqual(['46', ...chapters]);
    expect(model.blocks.at(-1)).toMatchObject({ type: 'table', table: { key: 'rollout', title: 'Vedlegg – Utrulling', appendix: true } });
    for (const key of ['rollout', 'gaps', 'training', 'support']) {
      const table = tableOf(model, key);
      expect(table.rows.map((r) => r[0])).toEqual(['46', ...chapters]);
      expect(table.columns.slice(0, 2).map((c) => c.label)).toEqual(['Kode', 'Enhet']);
      expect(table.totals?.slice(0, 2)).toEqual([null, 'Vestland i alt']);
    }

    // Totals: the dashboard's figures for Vestland.
    const dashboard = await computeDashboard(em, null, { today: REPORT_TODAY, settings: ctx.settings });
    const vestland = dashboard.regions.find((r) => r.code === '46');
    if (!vestland) throw new Error('no Vestland on the dashboard');
    const rollout = tableOf(model, 'rollout');
    expect(totalsRecord(rollout)).toMatchObject({
      Enheter: vestland.units, 'Andel steg fullført': vestland.shareDone, Forsinket: vestland.late, Blokkert: vestland.blocked, 'I faresonen': vestland.atRisk,
    });
    expect(totalsRecord(rollout).Enheter).toBe(43);
    expect(totalsRecord(tableOf(model, 'training'))).toMatchObject({
      Rolleinnehavere: vestland.training.holders, Superbrukere: vestland.training.superUsers,
      'Superbrukere med videregående': vestland.training.superUsersAdvanced, 'Oppfriskning forfalt': vestland.training.refresherOverdue,
    });
    // Each unit counts once in its own row; the rows add up to the region's units.
    expect(rollout.rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(vestland.units);
    const rows = new Map(tableRecords(rollout).map((r) => [r.Kode, r]));
    expect(rows.get('4601')).toMatchObject({ Enheter: 1, 'Alle steg ferdige': 1, 'Andel i drift': 1, 'Andel steg fullført': 1, Forsinket: 0 });
    expect(rows.get('4602')).toMatchObject({ 'Ferdig til og med Grunnopplæring': 1, Blokkert: 1, 'I faresonen': 1, 'Andel i drift': 0 });
    expect(rows.get('46')).toMatchObject({ 'Ferdig til og med Superbruker på plass': 1, Forsinket: 1 });

    // Gaps per unit and in all, as the gap list for the region counts them.
    const gapReport = await computeGapReport(em, { regionId: fx.unit('46'), levelRank: null, roleId: null }, { today: REPORT_TODAY, expiryDays: ctx.settings.expiryDays });
    const gapRows = new Map(tableRecords(tableOf(model, 'gaps')).map((r) => [r.Kode, r]));
    for (const [code, row] of gapRows) {
      expect({ code, gaps: row['Hull i alt'] }).toEqual({ code, gaps: gapReport.rows.filter((g) => g.unitCode === code).length });
    }
    expect(totalsRecord(tableOf(model, 'gaps'))['Hull i alt']).toBe(gapReport.national.total);
    // Kinn's chapter leader left on 1 February: a gap; Bergen's roles are all held.
    expect(gapRows.get('4602')).toMatchObject({ Lagleder: 1, Superbruker: 1, 'Lokal supportkontakt': 1 });
    expect(gapRows.get('4601')).toMatchObject({ 'Hull i alt': 0 });

    // Support: the region's metrics for the period in the totals, each case at its unit.
    const metrics = await supportMetrics(em, { from: '2026-02-14', to: REPORT_TODAY, regionId: fx.unit('46') });
    const region = metrics.byRegion[0];
    const support = tableOf(model, 'support');
    expect(totalsRecord(support)).toMatchObject({
      'Opprettet i perioden': region?.opened, 'Løst av disse': region?.resolved, 'Løst lokalt': region?.solvedLocallyShare, 'Brudd på tidsmål': region?.breaches,
      'Åpne saker nå': 1,
    });
    const supportRows = new Map(tableRecords(support).map((r) => [r.Kode, r]));
    expect(supportRows.get('4601')).toMatchObject({ 'Åpne saker nå': 1, 'Opprettet i perioden': 1, 'Løst lokalt': 1 });
    expect(supportRows.get('4602')).toMatchObject({ 'Åpne saker nå': 0, 'Opprettet i perioden': 1, 'Løst lokalt': 0 });

    // The chart: one bar per level, summing to the region's units.
    // After the summary and its attention list.
    const chart = model.blocks[2];
    expect(chart?.type).toBe('chart');
    if (chart?.type === 'chart') {
      expect(chart.chart.categories).toEqual(['Fylkeslag', 'Lokallag']);
      const sums = chart.chart.categories.map((_, i) => chart.chart.series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
      expect(sums).toEqual([1, 42]);
    }
    expect(progress.at(-1)).toBe(1);
  }, 30_000);

  it('agrees with the dashboard, the gap list and the support metrics when the region holds most of the organization', async () => {
    // Over half the units in one region: the builder then reads the whole organization and trims it (status-figures.ts readPlan).
    const fx = await openReportFixture();
    const tree = await fx.core.call('units.tree', {});
    const movers = tree.filter((u) => u.code.length === 4 && ['15', '18', '34', '50'].includes(u.code.slice(0, 2)));
    for (const u of movers) await fx.core.call('units.move', { id: u.id, parentId: fx.unit('46') });
    const { ctx } = await buildContext(fx.core, reportRequest('region', { unit: '46', appendix: true }));
    const model = await buildRegionReport(ctx);
    const em = fx.core.ds.manager;
    const rollout = tableOf(model, 'rollout');
    expect(rollout.rows.length * 2).toBeGreaterThan(tree.length);

    const dashboard = await computeDashboard(em, null, { today: REPORT_TODAY, settings: ctx.settings });
    const vestland = dashboard.regions.find((r) => r.code === '46');
    expect(totalsRecord(rollout)).toMatchObject({ Enheter: vestland?.units, Forsinket: vestland?.late, Blokkert: vestland?.blocked, 'I faresonen': vestland?.atRisk });
    expect(totalsRecord(tableOf(model, 'training'))).toMatchObject({
      Rolleinnehavere: vestland?.training.holders, Superbrukere: vestland?.training.superUsers, 'Oppfriskning forfalt': vestland?.training.refresherOverdue,
    });
    const gapReport = await computeGapReport(em, { regionId: fx.unit('46'), levelRank: null, roleId: null }, { today: REPORT_TODAY, expiryDays: ctx.settings.expiryDays });
    expect(totalsRecord(tableOf(model, 'gaps'))['Hull i alt']).toBe(gapReport.national.total);
    const metrics = await supportMetrics(em, { from: '2026-02-14', to: REPORT_TODAY, regionId: fx.unit('46') });
    expect(totalsRecord(tableOf(model, 'support'))).toMatchObject({ 'Opprettet i perioden': metrics.byRegion[0]?.opened, 'Brudd på tidsmål': metrics.byRegion[0]?.breaches });
    // Nothing from outside the region leaks in: Oslo's chapter is not a row.
    expect(rollout.rows.map((r) => r[0])).not.toContain('0301');
  }, 60_000);

  it('keeps to the units of the chosen wave', async () => {
    const fx = await openReportFixture();
    const rogaland = await buildReport(fx.core, buildRegionReport, reportRequest('region', { unit: '11', wave: 'Etappe 2', appendix: true }));
    const dashboard = await computeDashboard(fx.core.ds.manager, fx.waves.second.id, { today: REPORT_TODAY, settings: (await fx.core.call('settings.get')) });
    expect(tableOf(rogaland, 'rollout').rows).toHaveLength(24);
    expect(totalsRecord(tableOf(rogaland, 'rollout'))).toMatchObject({ Enheter: dashboard.regions[0]?.units, 'Ikke startet': 23 });
    expect(totalsRecord(tableOf(rogaland, 'support'))).toMatchObject({ 'Åpne saker nå': 1, 'Opprettet i perioden': 1 });
    expect(rogaland.filters).toContainEqual({ label: 'Etappe', value: 'Etappe 2' });

    // Vestland has no unit in Etappe 2: empty tables with their sentence, zero totals, no chart.
    const none = await buildReport(fx.core, buildRegionReport, reportRequest('region', { unit: '46', wave: 'Etappe 2', appendix: true }));
    expect(none.blocks.map((b) => (b.type === 'table' ? b.table.key : b.type))).toEqual(['facts', 'attention', 'units', 'gaps', 'training', 'support', 'feedback', 'rollout']);
    expect(tableOf(none, 'rollout')).toMatchObject({ rows: [], emptyText: 'Ingen enheter å vise.' });
    expect(totalsRecord(tableOf(none, 'rollout'))).toMatchObject({ Enheter: 0, 'Andel i drift': null, 'Andel steg fullført': null });
    expect(totalsRecord(tableOf(none, 'support'))).toMatchObject({ 'Åpne saker nå': 0, 'Løst lokalt': null });
  }, 30_000);

  it('shows one row per unit with the stage it is on and its state, and leaves the stage matrix out unless asked', async () => {
    const fx = await openReportFixture();
    const model = await buildReport(fx.core, buildRegionReport, reportRequest('region', { unit: '46' }));
    expect(model.blocks.map((b) => (b.type === 'table' ? b.table.key : b.type))).toEqual(['facts', 'attention', 'chart', 'units', 'gaps', 'training', 'support', 'feedback']);
    const units = tableOf(model, 'units');
    expect(units.columns.map((c) => c.label)).toEqual(['Enhet', 'Kode', 'Fremdrift', 'Fullførte steg av 6', 'Andel fullført', 'Status', 'Dager på etterskudd']);
    expect(units.rows.find((r) => r[1] === '4601')).toEqual(['Bergen', '4601', 'Alle steg ferdige', 6, 1, 'Ferdig', null]);
    expect(units.rows.find((r) => r[1] === '4602')).toEqual(['Kinn', '4602', 'Ferdig til og med Grunnopplæring, arbeider med Tilganger klare', 3, 0.5, 'Forsinket', 27]);
    expect(units.rows).toHaveLength(44);
  });

  it('is titled and labelled in the chosen language', async () => {
    const fx = await openReportFixture();
    const nb = await buildReport(fx.core, buildRegionReport, reportRequest('region', { unit: '46' }));
    const en = await buildReport(fx.core, buildRegionReport, reportRequest('region', { unit: '46', lang: 'en', appendix: true }));
    expect(nb).toMatchObject({ kind: 'region', title: 'Regionstatus – Vestland', fileStem: 'regionstatus-46', landscape: true });
    expect(en).toMatchObject({ kind: 'region', title: 'Region status – Vestland', fileStem: 'region-status-46' });
    expect(nb.filters[0]).toEqual({ label: 'Enhet', value: 'Vestland (46)' });
    expect(en.filters[0]).toEqual({ label: 'Unit', value: 'Vestland (46)' });
    expect(tableOf(en, 'rollout').columns.slice(0, 4).map((c) => c.label)).toEqual(['Code', 'Unit', 'Units', 'Not planned']);
    expect(tableOf(en, 'training').totals?.[1]).toBe('Vestland in total');
    expect(tableOf(en, 'support').columns.map((c) => c.label)).toEqual(
      ['Code', 'Unit', 'Open cases now', 'Opened in the period', 'Of these resolved', 'Solved locally', 'Target breaches'],
    );
  }, 30_000);
});
