// The support report for a period against supportMetrics for the same period
// and region: totals, by region, by tier (durations as decimal hours) and the
// top problems. Cases from the shared fixture, in the week of 9 March 2026.
import { describe, expect, it } from 'vitest';
import { buildSupportReport } from '../../../src/core/reports/build-support';
import type { ReportFacts, ReportModel } from '../../../src/core/reports/model';
import { formatPercent } from '../../../src/shared/format';
import type { SupportMetrics } from '../../../src/shared/types-support';
import { buildContext, buildReport, openReportFixture, reportRequest, tableOf } from './fixture';

function factsOf(model: ReportModel, key: string): ReportFacts {
  for (const block of model.blocks) if (block.type === 'facts' && block.facts.key === key) return block.facts;
  throw new Error(`no facts ${key}`);
}

const hours = (minutes: number | null) => (minutes === null ? null : minutes / 60);
const TIER_NB = { chapter: 'Lokallag', region: 'Region', national: 'Nasjonalt', vendor: 'Leverandør' };

/** The tables as the report should show them, straight from the metrics. */
function expectTables(model: ReportModel, m: SupportMetrics): void {
  const regions = tableOf(model, 'regions');
  expect(regions.rows).toEqual(m.byRegion.map((r) => [r.name ?? 'Utenfor regionene', r.opened, r.resolved, r.solvedLocallyShare, r.breaches]));
  expect(regions.totals).toEqual(['Totalt', m.opened, m.resolved, m.solvedLocallyShare, m.byRegion.reduce((n, r) => n + r.breaches, 0)]);
  expect(tableOf(model, 'tiers').rows).toEqual(m.byTier.map((r) => [
    TIER_NB[r.tier], r.cases, r.responseBreaches, r.resolutionBreaches, hours(r.firstResponse.medianMinutes), hours(r.firstResponse.p90Minutes),
  ]));
}

describe('support report for a period', () => {
  it('equals supportMetrics for the whole organization', async () => {
    const fx = await openReportFixture();
    const [p1] = await fx.core.call('problems.list', {});
    if (!p1) throw new Error('the problem catalog is seeded');
    fx.setNow(new Date('2026-03-14T09:00:00Z'));
    await fx.core.call('cases.open', { unitId: fx.unit('4601'), reporterName: 'Ola Medlem', problemId: p1.id, description: 'Utløpt' });
    fx.setNow(new Date('2026-03-15T12:00:00Z'));

    const model = await buildReport(fx.core, buildSupportReport, reportRequest('support', { from: '2026-03-01', to: '2026-03-31' }));
    expect(model).toMatchObject({
      kind: 'support', title: 'Brukerstøtte 1.–31. mars 2026', fileStem: 'brukerstotte-2026-03-01-2026-03-31', landscape: false,
    });
    const m = await fx.core.call('support.metrics', { from: '2026-03-01', to: '2026-03-31' });
    // The fixture's six March cases and one more (the January one is outside); two solved, one of them by the chapter.
    expect([m.opened, m.resolved, m.solvedLocallyShare]).toEqual([7, 2, 0.5]);
    expectTables(model, m);
    const regions = tableOf(model, 'regions');
    expect(regions.columns.map((c) => c.kind)).toEqual(['text', 'integer', 'integer', 'percent', 'integer']);
    expect(regions.rows.find((r) => r[0] === 'Vestland')).toEqual(['Vestland', 3, 2, 0.5, 0]);
    expect(regions.rows.find((r) => r[0] === 'Oslo')).toEqual(['Oslo', 1, 0, null, 1]);
    // The case at the national office belongs to no region: last.
    expect(regions.rows.at(-1)).toEqual(['Utenfor regionene', 1, 0, null, 0]);
    expect(tableOf(model, 'tiers').columns.map((c) => c.kind)).toEqual(['text', 'integer', 'integer', 'integer', 'decimal', 'decimal']);
    // The chapter's first responses: 30, 30, 10, 360 minutes.
    expect(tableOf(model, 'tiers').rows[0]).toEqual(['Lokallag', 7, 1, 0, 0.5, 6]);
    expect(tableOf(model, 'problems').rows).toEqual([['Uten valgt problem', 6], [p1.titleNb, 1]]);

    expect(factsOf(model, 'totals').items).toEqual([
      { label: 'Saker åpnet', value: '7', number: { kind: 'integer', value: 7 } },
      { label: 'Saker løst', value: '2', number: { kind: 'integer', value: 2 } },
      { label: 'Løst lokalt', value: formatPercent('nb', 0.5), number: { kind: 'percent', value: 0.5 } },
      { label: 'Første svar, median', value: '0,5 timer', number: { kind: 'hours', value: 0.5 } },
      { label: 'Første svar, 90. persentil', value: '6,0 timer', number: { kind: 'hours', value: 6 } },
      { label: 'Løsningstid, median', value: '1,0 timer', number: { kind: 'hours', value: 1 } },
      { label: 'Løsningstid, 90. persentil', value: '2,0 timer', number: { kind: 'hours', value: 2 } },
    ]);
  });

  it('narrows every figure to a region', async () => {
    const fx = await openReportFixture();
    const model = await buildReport(fx.core, buildSupportReport, reportRequest('support', { unit: '46', from: '2026-03-01', to: '2026-03-31' }));
    expect(model.title).toBe('Brukerstøtte 1.–31. mars 2026 – Vestland (46)');
    expect(model.fileStem).toBe('brukerstotte-46-2026-03-01-2026-03-31');
    const m = await fx.core.call('support.metrics', { from: '2026-03-01', to: '2026-03-31', regionId: fx.unit('46') });
    expectTables(model, m);
    expect(tableOf(model, 'regions').rows).toEqual([['Vestland', 2, 2, 0.5, 0]]);
    expect(factsOf(model, 'totals').items[0]).toEqual({ label: 'Saker åpnet', value: '2', number: { kind: 'integer', value: 2 } });

    const en = await buildReport(fx.core, buildSupportReport, reportRequest('support', { unit: '46', from: '2026-03-01', to: '2026-03-31', lang: 'en' }));
    expect(en.title).toBe('Support 1–31 March 2026 – Vestland (46)');
    expect(en.fileStem).toBe('support-46-2026-03-01-2026-03-31');
  });

  it('takes the last 30 days by default, and speaks English', async () => {
    const fx = await openReportFixture();
    const model = await buildReport(fx.core, buildSupportReport, reportRequest('support', { lang: 'en' }));
    expect(model.title).toBe('Support 14 February 2026 – 15 March 2026');
    expect(model.fileStem).toBe('support-2026-02-14-2026-03-15');
    expect(model.filters[0]).toEqual({ label: 'Support period', value: '14 February 2026 – 15 March 2026 (last 30 days)' });
    const m = await fx.core.call('support.metrics', { from: '2026-02-14', to: '2026-03-15' });
    const tiers = tableOf(model, 'tiers');
    expect(tiers.rows.map((r) => r[0])).toEqual(['Chapter', 'Region', 'National', 'Vendor']);
    expect(tiers.rows.map((r) => r.slice(1))).toEqual(m.byTier.map((r) => [
      r.cases, r.responseBreaches, r.resolutionBreaches, hours(r.firstResponse.medianMinutes), hours(r.firstResponse.p90Minutes),
    ]));
    expect(tableOf(model, 'regions').totals?.[0]).toBe('Total');
    expect(tableOf(model, 'problems').rows).toEqual([['No problem chosen', m.opened]]);
    expect(factsOf(model, 'totals').items.slice(0, 3)).toEqual([
      { label: 'Cases opened', value: '6', number: { kind: 'integer', value: 6 } },
      { label: 'Cases resolved', value: '2', number: { kind: 'integer', value: 2 } },
      { label: 'Solved locally', value: '50%', number: { kind: 'percent', value: 0.5 } },
    ]);
    const oneMonth = await buildReport(fx.core, buildSupportReport, reportRequest('support', { lang: 'en', from: '2026-11-01', to: '2026-11-30' }));
    expect(oneMonth.title).toBe('Support 1–30 November 2026');
  });

  it('shows a period without cases, reports progress, and refuses bad filters at the start', async () => {
    const fx = await openReportFixture();
    const { ctx, progress } = await buildContext(fx.core, reportRequest('support', { from: '2026-11-01', to: '2026-11-30' }));
    const model = await buildSupportReport(ctx);
    expect(model.title).toBe('Brukerstøtte 1.–30. november 2026');
    expect(model.fileStem).toBe('brukerstotte-2026-11-01-2026-11-30');
    expect(tableOf(model, 'problems')).toMatchObject({ rows: [], emptyText: 'Ingen saker i perioden.' });
    expect(tableOf(model, 'regions').totals).toEqual(['Totalt', 0, 0, null, 0]);
    expect(factsOf(model, 'totals').items.slice(2).map((i) => i.value)).toEqual(['Ingen data', 'Ingen data', 'Ingen data', 'Ingen data', 'Ingen data']);
    expect(progress.at(-1)).toBe(1);

    const chapter = await fx.core.raw('reports.start', { kind: 'support', unit: '4601', format: 'csv' });
    expect(chapter).toMatchObject({ ok: false, error: { code: 'REPORT_FILTER', details: { context: 'unit_not_region', value: '4601' } } });
    const national = await fx.core.raw('reports.start', { kind: 'support', unit: 'NO', format: 'csv' });
    expect(national).toMatchObject({ ok: false, error: { code: 'REPORT_FILTER', details: { context: 'unit_not_region', value: 'NO' } } });
    const unknown = await fx.core.raw('reports.start', { kind: 'support', unit: '99', format: 'csv' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'REPORT_FILTER', details: { context: 'unit_unknown' } } });
  });
});
