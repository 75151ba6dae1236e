// The executive summary that opens the national, region and wave reports: its
// figures are the dashboard's (rollout.dashboard) and the case list's overdue
// count (cases.list with overdueOnly), for the same data, and it comes first.
import { describe, expect, it } from 'vitest';
import { buildNationalReport } from '../../../src/core/reports/build-national';
import { buildRegionReport } from '../../../src/core/reports/build-region';
import { buildWaveReport } from '../../../src/core/reports/build-wave';
import type { ReportFacts, ReportModel } from '../../../src/core/reports/model';
import { buildReport, openReportFixture, reportRequest, tableOf, type ReportFixture } from './fixture';

function summaryOf(model: ReportModel): ReportFacts {
  const first = model.blocks[0];
  if (first?.type !== 'facts' || first.facts.key !== 'summary') throw new Error(`the ${model.kind} report does not open with its summary`);
  return first.facts;
}

/** The figures as numbers, by label. */
function figures(facts: ReportFacts): Record<string, number | null> {
  return Object.fromEntries(facts.items.map((item) => [item.label, item.number?.value ?? null]));
}

async function overdueCount(fx: ReportFixture, regionId: number | null = null): Promise<number> {
  return (await fx.core.call('cases.list', { state: 'active', overdueOnly: true, regionId, limit: 500 })).total;
}

describe('executive summary', () => {
  it('opens the national report with the dashboard\'s figures and the regions that need attention', async () => {
    const fx = await openReportFixture();
    const model = await buildReport(fx.core, buildNationalReport, reportRequest('national'));
    const dashboard = await fx.core.call('rollout.dashboard', { waveId: null });
    const overdue = await overdueCount(fx);
    expect(overdue).toBeGreaterThan(0);
    const rollout = tableOf(model, 'rollout');
    const liveShare = rollout.totals?.[rollout.columns.findIndex((c) => c.label === 'Andel i drift')];
    expect(figures(summaryOf(model))).toEqual({
      'Andel i drift': liveShare,
      'Forsinkede enheter': dashboard.national.late,
      'Blokkerte enheter': dashboard.national.blocked,
      'Enheter i faresonen': dashboard.national.atRisk,
      'Åpne saker over tidsmål': overdue,
    });
    expect(typeof liveShare).toBe('number');
    expect(summaryOf(model).items[0]?.value).toMatch(/^\d+(,\d)?\s%\s\(\d+ av \d+ enheter\)$/);

    // The attention list comes second, before the chart and the long tables; at most five regions.
    expect(model.blocks[1]).toMatchObject({ type: 'table', table: { key: 'attention', title: 'Regioner som trenger oppfølging' } });
    const attention = tableOf(model, 'attention');
    expect(attention.rows.length).toBeGreaterThan(0);
    expect(attention.rows.length).toBeLessThanOrEqual(5);
    // Late first: the first region listed has the most late units of any region on the dashboard.
    const mostLate = Math.max(...dashboard.regions.map((r) => r.late));
    const first = dashboard.regions.find((r) => r.code === attention.rows[0]?.[1]);
    expect(first?.late).toBe(mostLate);
    expect(attention.rows[0]?.[2]).toContain(mostLate === 1 ? '1 forsinket enhet' : `${mostLate} forsinkede enheter`);
  });

  it('opens the wave report with the dashboard\'s figures for that wave', async () => {
    const fx = await openReportFixture();
    const model = await buildReport(fx.core, buildWaveReport, reportRequest('wave', { wave: 'Etappe 1' }));
    const dashboard = await fx.core.call('rollout.dashboard', { waveId: fx.waves.first.id });
    const values = figures(summaryOf(model));
    expect(values['Forsinkede enheter']).toBe(dashboard.national.late);
    expect(values['Blokkerte enheter']).toBe(dashboard.national.blocked);
    expect(values['Enheter i faresonen']).toBe(dashboard.national.atRisk);
    expect(dashboard.national.late).toBeGreaterThan(0);
    // Bergen (4601) is the only unit of the wave through "I drift"; Oslo's chapter (0301) too.
    const units = tableOf(model, 'units');
    const live = units.rows.filter((r) => r[1] === '4601' || r[1] === '0301').length;
    expect(values['Andel i drift']).toBeCloseTo(live / dashboard.national.units, 10);
    // Kinn is late and blocked, so it heads the list, and says why.
    const attention = tableOf(model, 'attention');
    expect(attention.columns.map((c) => c.label)).toEqual(['Enhet', 'Kode', 'Hvorfor']);
    expect(attention.rows.find((r) => r[1] === '4602')?.[2]).toMatch(/^Forsinket, blokkert/);
  });

  it('opens the region report with its units, in English when asked', async () => {
    const fx = await openReportFixture();
    const model = await buildReport(fx.core, buildRegionReport, reportRequest('region', { unit: '46', lang: 'en' }));
    const dashboard = await fx.core.call('rollout.dashboard', { waveId: null });
    const vestland = dashboard.regions.find((r) => r.code === '46');
    const values = figures(summaryOf(model));
    expect(values).toMatchObject({ 'Late units': vestland?.late, 'Blocked units': vestland?.blocked, 'Units at risk': vestland?.atRisk });
    expect(values['Open cases over target']).toBe(await overdueCount(fx, fx.unit('46')));
    expect(summaryOf(model).title).toBe('Summary');
    expect(tableOf(model, 'attention').title).toBe('Units needing attention');
  });
});
