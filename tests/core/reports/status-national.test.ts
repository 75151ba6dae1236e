// The national status report on the demo organization: its figures agree with
// the dashboard, the gap list and the support metrics on the same data, the
// wave filter narrows every table, and the labels follow the language.
import { describe, expect, it } from 'vitest';
import { computeGapReport } from '../../../src/core/ownership/coverage-gaps';
import { buildNationalReport } from '../../../src/core/reports/build-national';
import type { ReportCell, ReportChart, ReportModel } from '../../../src/core/reports/model';
import { computeDashboard } from '../../../src/core/rollout/dashboard';
import { supportMetrics } from '../../../src/core/support/metrics';
import type { RolloutFigures, TrainingFigures } from '../../../src/shared/types-rollout';
import {
  buildContext, buildReport, openReportFixture, REPORT_TODAY, reportRequest, tableOf, tableRecords, totalsRecord,
  type ReportFixture,
} from './fixture';

/** The nb heading of each progress bucket, by `kind:stageId`: the last stage's bucket is "all stages done". */
async function nbStageNames(fx: ReportFixture): Promise<Map<string, string>> {
  const stages = await fx.core.call('stages.list');
  const last = stages[stages.length - 1]?.id;
  return new Map<string, string>([
    ['not_planned:', 'Ikke planlagt'],
    ['not_started:', 'Ikke startet'],
    ...stages.map((s): [string, string] => [`done:${s.id}`, s.id === last ? 'Alle steg ferdige' : `Ferdig til og med ${s.nameNb}`]),
  ]);
}

/** The rollout columns a dashboard entry should give, by nb label. */
function rolloutExpected(f: RolloutFigures, stageNames: Map<string, string>): Record<string, ReportCell> {
  return {
    Enheter: f.units,
    ...Object.fromEntries(f.positions.map((c) => [stageNames.get(`${c.kind}:${c.stageId ?? ''}`) ?? '?', c.units])),
    'Andel steg fullført': f.units === 0 ? null : f.shareDone,
    'Klar til bekreftelse': f.readyToConfirm,
    Forsinket: f.late,
    Blokkert: f.blocked,
    'I faresonen': f.atRisk,
  };
}

function trainingExpected(f: TrainingFigures): Record<string, ReportCell> {
  return {
    Rolleinnehavere: f.holders,
    'Gyldig grunnopplæring': f.holders === 0 ? null : f.basicShare,
    Superbrukere: f.superUsers,
    'Superbrukere med videregående': f.superUsersAdvanced,
    'Oppfriskning forfalt': f.refresherOverdue,
    'Nye uten opplæring': f.newcomersUntrained,
  };
}

function chartOf(model: ReportModel): ReportChart {
  for (const block of model.blocks) if (block.type === 'chart') return block.chart;
  throw new Error('no chart');
}

describe('national status report', () => {
  it('agrees with the dashboard, the gap list and the support metrics, region by region and for the nation', async () => {
    const fx = await openReportFixture();
    const { ctx, progress } = await buildContext(fx.core, reportRequest('national'));
    const model = await buildNationalReport(ctx);
    const em = fx.core.ds.manager;
    const dashboard = await computeDashboard(em, null, { today: REPORT_TODAY, settings: ctx.settings });
    const stageNames = await nbStageNames(fx);

    // Rollout and training: the national level first, then one row per region, in the dashboard's order, with its figures.
    const rollout = tableOf(model, 'rollout');
    const training = tableOf(model, 'training');
    expect(dashboard.regions).toHaveLength(15);
    expect(rollout.rows.map((r) => r[0])).toEqual(['NO', ...dashboard.regions.map((r) => r.code)]);
    expect(training.rows.map((r) => r[1])).toEqual(['Nasjonalt nivå', ...dashboard.regions.map((r) => r.name)]);
    const [rolloutLevel, ...rolloutRows] = tableRecords(rollout);
    const [trainingLevel, ...trainingRows] = tableRecords(training);
    expect(rolloutLevel).toMatchObject({ Kode: 'NO', Region: 'Nasjonalt nivå', ...rolloutExpected(dashboard.nationalLevel, stageNames), Enheter: 1 });
    expect(trainingLevel).toMatchObject(trainingExpected(dashboard.nationalLevel.training));
    dashboard.regions.forEach((region, i) => {
      expect(rolloutRows[i]).toMatchObject({ Kode: region.code, Region: region.name, ...rolloutExpected(region, stageNames) });
      expect(trainingRows[i]).toMatchObject(trainingExpected(region.training));
    });
    expect(totalsRecord(rollout)).toMatchObject({ Kode: null, Region: 'Hele landet', ...rolloutExpected(dashboard.national, stageNames) });
    expect(totalsRecord(training)).toMatchObject(trainingExpected(dashboard.national.training));
    // The fixture's figures, so agreement is not two empty tables: 373 units, 44 late, Kinn and Trondheim blocked.
    expect(totalsRecord(rollout)).toMatchObject({ Enheter: 373, Forsinket: 44, Blokkert: 2, 'Alle steg ferdige': 1 });
    // Live: Bergen (Vestland) and Oslo; the national office is in no region.
    const live = Object.fromEntries(rolloutRows.map((r) => [r.Kode, r['Andel i drift']]));
    expect(live).toMatchObject({ '46': 1 / 44, '03': 1 / 2, '11': 0 });
    expect(totalsRecord(rollout)['Andel i drift']).toBeCloseTo(2 / 373);
    expect(totalsRecord(training)).toMatchObject({ Rolleinnehavere: 10, 'Nye uten opplæring': 1 });

    // Ownership gaps: per region and role, as the gap list counts them.
    const gapReport = await computeGapReport(em, { regionId: null, levelRank: null, roleId: null }, { today: REPORT_TODAY, expiryDays: ctx.settings.expiryDays });
    const gaps = tableOf(model, 'gaps');
    const roles = await fx.core.call('roles.list');
    const roleName = new Map(roles.map((r) => [r.id, r.nameNb]));
    const gapRows = tableRecords(gaps).slice(1);
    for (const [i, region] of dashboard.regions.entries()) {
      const counts = gapReport.byRegion.find((g) => g.regionId === region.regionId);
      const byRole: Record<string, number> = {};
      for (const g of gapReport.rows.filter((row) => row.regionId === region.regionId)) {
        const name = roleName.get(g.roleId) ?? '?';
        byRole[name] = (byRole[name] ?? 0) + 1;
      }
      expect(gapRows[i]).toMatchObject({ Kode: region.code, 'Hull i alt': counts?.total ?? 0, ...byRole });
    }
    expect(totalsRecord(gaps)).toMatchObject({ 'Hull i alt': gapReport.national.total, Systemeier: 0, 'Teknisk ansvarlig': 1, Fagansvarlig: 1, Faggruppe: 1 });
    // Every role some level requires has a column, in the catalog's order.
    expect(gaps.columns.slice(2, -1).map((c) => c.label)).toEqual(
      ['Systemeier', 'Teknisk ansvarlig', 'Fagansvarlig', 'Faggruppe', 'Sponsor', 'Superbruker', 'Lokal supportkontakt', 'Lagleder'],
    );

    // Support for the default period (the last 30 days), as the support screen counts it.
    const period = { from: '2026-02-14', to: REPORT_TODAY };
    expect(ctx.request.period).toEqual({ ...period, defaulted: true });
    const metrics = await supportMetrics(em, { ...period, regionId: null });
    const supportRows = tableRecords(tableOf(model, 'support')).slice(1);
    for (const [i, region] of dashboard.regions.entries()) {
      const m = metrics.byRegion.find((r) => r.regionId === region.regionId);
      expect(supportRows[i]).toMatchObject({
        Kode: region.code, 'Opprettet i perioden': m?.opened, 'Løst av disse': m?.resolved,
        'Løst lokalt': m?.solvedLocallyShare, 'Brudd på tidsmål': m?.breaches,
      });
    }
    const supportTotals = totalsRecord(tableOf(model, 'support'));
    expect(supportTotals).toMatchObject({
      'Opprettet i perioden': metrics.opened, 'Løst av disse': metrics.resolved, 'Løst lokalt': metrics.solvedLocallyShare,
      'Brudd på tidsmål': metrics.byRegion.reduce((n, r) => n + r.breaches, 0),
    });
    // Open now: the five unresolved cases, one of them opened before the period; Vestland has one (Bergen's old case).
    expect(supportTotals).toMatchObject({ 'Åpne saker nå': 5, 'Opprettet i perioden': 6, 'Brudd på tidsmål': 1, 'Løst lokalt': 0.5 });
    expect(supportRows.find((r) => r.Kode === '46')).toMatchObject({ 'Åpne saker nå': 1, 'Opprettet i perioden': 2, 'Løst lokalt': 0.5 });
    expect(supportRows.find((r) => r.Kode === '03')).toMatchObject({ 'Åpne saker nå': 1, 'Brudd på tidsmål': 1, 'Løst lokalt': null });

    // The rows add up to the total: the national level's row holds what belongs to no region.
    const columnSum = (key: string, label: string) => tableRecords(tableOf(model, key)).reduce((n, r) => n + Number(r[label]), 0);
    for (const [key, label] of [
      ['rollout', 'Enheter'], ['rollout', 'Forsinket'], ['rollout', 'Blokkert'], ['rollout', 'Alle steg ferdige'], ['gaps', 'Hull i alt'],
      ['gaps', 'Teknisk ansvarlig'], ['training', 'Rolleinnehavere'], ['support', 'Åpne saker nå'], ['support', 'Opprettet i perioden'],
    ] as const) {
      expect(columnSum(key, label), `${key}: ${label}`).toBe(totalsRecord(tableOf(model, key))[label]);
    }

    // The chart: a bar per region, a segment per stage and "all done", summing to the region's units.
    const chart = chartOf(model);
    expect(chart.categories).toEqual(dashboard.regions.map((r) => r.name));
    expect(chart.series.map((s) => s.label)).toEqual([...stageNames.values()]);
    dashboard.regions.forEach((region, i) => {
      expect(chart.series.reduce((n, s) => n + (s.values[i] ?? 0), 0)).toBe(region.units);
    });
    expect(model.blocks.map((b) => (b.type === 'table' ? b.table.key : b.type))).toEqual(['facts', 'attention', 'chart', 'rollout', 'gaps', 'training', 'support', 'feedback']);

    // Progress climbs to the end of the data step.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  }, 30_000);

  it('restricts every table to the units of the chosen wave', async () => {
    const fx = await openReportFixture();
    const { ctx } = await buildContext(fx.core, reportRequest('national', { wave: 'Etappe 1' }));
    const model = await buildNationalReport(ctx);
    const dashboard = await computeDashboard(fx.core.ds.manager, fx.waves.first.id, { today: REPORT_TODAY, settings: ctx.settings });
    const stageNames = await nbStageNames(fx);

    // Etappe 1 holds Oslo and Vestland: only they are rows, with the wave's figures.
    const rollout = tableOf(model, 'rollout');
    expect(rollout.rows.map((r) => r[0])).toEqual(['03', '46']);
    expect(dashboard.regions.map((r) => r.code)).toEqual(['03', '46']);
    tableRecords(rollout).forEach((row, i) => expect(row).toMatchObject(rolloutExpected(dashboard.regions[i] ?? dashboard.national, stageNames)));
    expect(totalsRecord(rollout)).toMatchObject({ ...rolloutExpected(dashboard.national, stageNames), Enheter: 46 });
    expect(totalsRecord(tableOf(model, 'training'))).toMatchObject(trainingExpected(dashboard.national.training));
    // Gaps and support count the wave's units only: no national-office roles, no cases outside Oslo and Vestland.
    const gapTotals = totalsRecord(tableOf(model, 'gaps'));
    expect(gapTotals).toMatchObject({ Systemeier: 0, 'Teknisk ansvarlig': 0, Faggruppe: 0 });
    const gapSum = tableOf(model, 'gaps').rows.reduce((n, r) => n + Number(r.at(-1)), 0);
    expect(gapTotals['Hull i alt']).toBe(gapSum);
    expect(totalsRecord(tableOf(model, 'support'))).toMatchObject({ 'Åpne saker nå': 2, 'Opprettet i perioden': 3, 'Brudd på tidsmål': 1 });
    // The head names the wave, and every caption says the figures are the wave's.
    expect(model.filters).toContainEqual({ label: 'Etappe', value: 'Etappe 1' });
    for (const key of ['rollout', 'gaps', 'training', 'support']) expect(tableOf(model, key).caption).toContain('Bare enhetene i etappen Etappe 1.');
  }, 30_000);

  it('is titled, labelled and captioned in the chosen language, with the filters in the head', async () => {
    const fx = await openReportFixture();
    const nb = await buildReport(fx.core, buildNationalReport, reportRequest('national'));
    const en = await buildReport(fx.core, buildNationalReport, reportRequest('national', { lang: 'en', from: '2026-03-01', to: '2026-03-10' }));

    expect(nb).toMatchObject({ kind: 'national', lang: 'nb', title: 'Nasjonal status', fileStem: 'nasjonal-status', organization: 'Landsforbundet', today: REPORT_TODAY, landscape: true });
    expect(en).toMatchObject({ lang: 'en', title: 'National status', fileStem: 'national-status' });
    expect(nb.filters).toEqual([
      { label: 'Periode for brukerstøtte', value: '14. februar 2026 – 15. mars 2026 (siste 30 dager)' },
      { label: 'Språk', value: 'Norsk bokmål' },
    ]);
    expect(en.filters).toEqual([
      { label: 'Support period', value: '1 March 2026 – 10 March 2026' },
      { label: 'Language', value: 'English' },
    ]);
    // Stage and role names come from the database in the report's language.
    expect(tableOf(nb, 'rollout').columns.map((c) => c.label)).toEqual([
      'Kode', 'Region', 'Enheter', 'Ikke planlagt', 'Ikke startet', 'Ferdig til og med Forankret', 'Ferdig til og med Superbruker på plass',
      'Ferdig til og med Grunnopplæring', 'Ferdig til og med Tilganger klare', 'Ferdig til og med I drift', 'Alle steg ferdige',
      'Andel i drift', 'Andel steg fullført', 'Klar til bekreftelse', 'Forsinket', 'Blokkert', 'I faresonen',
    ]);
    expect(tableOf(en, 'rollout').columns.map((c) => c.label)).toEqual([
      'Code', 'Region', 'Units', 'Not planned', 'Not started', 'Done through Anchored', 'Done through Super-user in place',
      'Done through Basic training', 'Done through Access ready', 'Done through Live', 'All stages done',
      'Share live', 'Share of stages done', 'Ready to confirm', 'Late', 'Blocked', 'At risk',
    ]);
    expect(tableOf(en, 'gaps').columns.at(2)?.label).toBe('System owner');
    expect(tableOf(en, 'rollout').totals?.[1]).toBe('Whole country');
    expect(en.blocks.map((b) => (b.type === 'table' ? b.table.title : b.type === 'chart' ? b.chart.title : b.facts.title))).toEqual(['Summary', 'Regions needing attention', 'Progress per region', 'Rollout', 'Ownership gaps', 'Training', 'Support', 'Feedback']);
    expect(tableOf(nb, 'rollout').caption).toContain('fullført «I drift»');
    expect(tableOf(en, 'rollout').caption).toContain('finished “Live”');
    expect(tableOf(nb, 'gaps').caption).toContain('innen 30 dager');
    expect(tableOf(en, 'support').caption).toContain('opened 1 March 2026 – 10 March 2026');
    // Column kinds: shares are percent cells 0..1, counts are integers.
    const kinds = Object.fromEntries(tableOf(en, 'rollout').columns.map((c) => [c.label, c.kind]));
    expect(kinds).toMatchObject({ Code: 'text', Units: 'integer', 'Share live': 'percent', Late: 'integer' });
    // The chosen period: Oslo's breach (10 March) and Bergen's local fix (9 March) are in it, the later ones are not.
    expect(totalsRecord(tableOf(en, 'support'))).toMatchObject({ 'Opened in the period': 3, 'Target breaches': 1, 'Solved locally': 0.5 });
  }, 30_000);

  it('stops when the export is cancelled', async () => {
    const fx = await openReportFixture();
    const controller = new AbortController();
    const { ctx } = await buildContext(fx.core, reportRequest('national'), controller.signal);
    controller.abort();
    await expect(buildNationalReport(ctx)).rejects.toThrow();
  }, 30_000);
});
