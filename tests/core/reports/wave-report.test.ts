// The wave status report against the rollout status it is read from: one row
// per unit in the wave with its verdict and days behind, and planned against
// actual per stage with the deviation in days. Etappe 1 (Vestland and Oslo)
// from the shared fixture; today is 15 March 2026.
import { describe, expect, it } from 'vitest';
import { buildWaveReport } from '../../../src/core/reports/build-wave';
import type { ReportFact, ReportFacts, ReportModel } from '../../../src/core/reports/model';
import { daysBehind, waveVerdict } from '../../../src/core/reports/wave-tables';
import { computeRolloutStatus } from '../../../src/core/rollout/status';
import { getSettings } from '../../../src/core/services/settings';
import { buildContext, buildReport, openReportFixture, REPORT_TODAY, reportRequest, tableOf } from './fixture';

/** A count among the facts: shown as digits, typed as a number for XLSX. */
const count = (label: string, n: number): ReportFact => ({ label, value: String(n), number: { kind: 'integer', value: n } });

function factsOf(model: ReportModel, key: string): ReportFacts {
  for (const block of model.blocks) if (block.type === 'facts' && block.facts.key === key) return block.facts;
  throw new Error(`no facts ${key}`);
}

const STATUS_NB = { done: 'Ferdig', late: 'Forsinket', blocked: 'Blokkert', atRisk: 'I faresonen', onTrack: 'I rute' };

describe('wave status report', () => {
  it('has one row per unit in the wave, matching the rollout status', async () => {
    const fx = await openReportFixture();
    const em = fx.core.ds.manager;
    const model = await buildReport(fx.core, buildWaveReport, reportRequest('wave', { wave: 'Etappe 1' }));
    expect(model).toMatchObject({ kind: 'wave', title: 'Etappestatus – Etappe 1', fileStem: 'etappestatus-etappe-1', landscape: true });

    const members: Array<{ unitId: number }> = await em.query(
      'SELECT m.unit_id AS "unitId" FROM wave_member m JOIN unit u ON u.id = m.unit_id WHERE m.wave_id = ? AND u.archived = FALSE',
      [fx.waves.first.id],
    );
    const statuses = await computeRolloutStatus(em, {
      today: REPORT_TODAY, settings: await getSettings(em), unitIds: members.map((m) => m.unitId), proposals: false,
    });
    const units = tableOf(model, 'units');
    expect(units.rows).toHaveLength(members.length);
    expect(units.rows.length).toBeGreaterThan(10);
    const codes = units.rows.map((r) => r[1] as string);
    expect(codes).toEqual([...codes].sort());
    for (const row of units.rows) {
      const status = statuses.get(fx.unit(row[1] as string));
      if (!status) throw new Error(`no status for ${String(row[1])}`);
      expect(row[4]).toBe(status.stages.filter((s) => s.state === 'done').length);
      expect(row[5]).toBe(status.shareDone);
      expect(row[6]).toBe(STATUS_NB[waveVerdict(status)]);
      expect(row[7]).toBe(daysBehind(status, REPORT_TODAY));
    }

    const row = (code: string) => units.rows.find((r) => r[1] === code);
    // Bergen: every stage done. Kinn: blocked at "access ready" (planned 16 Feb), so late by 27 days.
    expect(row('4601')).toEqual(['Bergen', '4601', 'Vestland', 'Alle steg ferdige', 6, 1, 'Ferdig', null]);
    // Progress names what is done, and what is being worked on apart from it.
    expect(row('4602')).toEqual(['Kinn', '4602', 'Vestland', 'Ferdig til og med Grunnopplæring, arbeider med Tilganger klare', 3, 0.5, 'Forsinket', 27]);
    // Oslo chapter: five of six done, follow-up not due until 16 March.
    expect(row('0301')?.slice(3)).toEqual(['Ferdig til og med I drift', 5, 5 / 6, 'I rute', null]);
    // Trondheim is blocked but in no wave; Stavanger is in Etappe 2.
    expect(codes).not.toContain('5001');
    expect(codes).not.toContain('1103');

    const all = [...statuses.values()];
    expect(factsOf(model, 'wave').items).toEqual([
      { label: 'Planlagt start', value: '5. januar 2026' },
      { label: 'Planlagt slutt', value: '25. mars 2026' },
      count('Enheter', members.length),
      count('Ferdige enheter', 1),
    ]);
    // Late, blocked and at risk are in the summary beside them.
    const summary = factsOf(model, 'summary').items.map((i) => [i.label, i.number?.value]);
    expect(summary.slice(1, 4)).toEqual([
      ['Forsinkede enheter', all.filter((s) => s.late).length],
      ['Blokkerte enheter', 1],
      ['Enheter i faresonen', all.filter((s) => s.atRisk).length],
    ]);
  });

  it('lists planned against actual per unit and stage, with the deviation in days, as an appendix when asked', async () => {
    const fx = await openReportFixture();
    const short = await buildReport(fx.core, buildWaveReport, reportRequest('wave', { wave: 'Etappe 1' }));
    expect(short.blocks.map((b) => (b.type === 'table' ? b.table.key : b.type))).toEqual(['facts', 'facts', 'attention', 'units']);
    const model = await buildReport(fx.core, buildWaveReport, reportRequest('wave', { wave: 'Etappe 1', appendix: true }));
    expect(model.blocks.at(-1)).toMatchObject({ type: 'table', table: { key: 'stages', title: 'Vedlegg – Plan mot faktisk per steg', appendix: true } });
    const stages = tableOf(model, 'stages');
    expect(stages.columns.map((c) => c.kind)).toEqual(['text', 'text', 'text', 'date', 'date', 'integer', 'text']);
    expect(stages.rows).toHaveLength(tableOf(model, 'units').rows.length * 6);
    const bergen = stages.rows.filter((r) => r[1] === '4601');
    // Every stage done on 2 March: anchored 56 days after its date, follow-up 14 days early.
    expect(bergen.map((r) => [r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ['Forankret', '2026-01-05', '2026-03-02', 56, 'Fullført'],
      ['Superbruker på plass', '2026-01-19', '2026-03-02', 42, 'Fullført'],
      ['Grunnopplæring', '2026-02-02', '2026-03-02', 28, 'Fullført'],
      ['Tilganger klare', '2026-02-16', '2026-03-02', 14, 'Fullført'],
      ['I drift', '2026-03-02', '2026-03-02', 0, 'Fullført'],
      ['Oppfølging', '2026-03-16', '2026-03-02', -14, 'Fullført'],
    ]);
    const kinn = stages.rows.filter((r) => r[1] === '4602').map((r) => [r[2], r[4], r[5], r[6]]);
    expect(kinn.slice(3)).toEqual([
      ['Tilganger klare', null, null, 'Blokkert – forsinket'],
      ['I drift', null, null, 'Ikke startet – forsinket'],
      ['Oppfølging', null, null, 'Ikke startet'],
    ]);
  });

  it('speaks English when asked', async () => {
    const fx = await openReportFixture();
    const model = await buildReport(fx.core, buildWaveReport, reportRequest('wave', { wave: 'Etappe 1', lang: 'en', appendix: true }));
    expect(model.title).toBe('Wave status – Etappe 1');
    expect(model.fileStem).toBe('wave-status-etappe-1');
    const units = tableOf(model, 'units');
    expect(units.columns.map((c) => c.label)).toEqual([
      'Unit', 'Code', 'Region', 'Progress', 'Stages done of 6', 'Share done', 'Status', 'Days behind',
    ]);
    expect(units.rows.find((r) => r[1] === '4601')?.slice(3, 7)).toEqual(['All stages done', 6, 1, 'Done']);
    expect(units.rows.find((r) => r[1] === '4602')?.[6]).toBe('Late');
    expect(factsOf(model, 'wave').items[0]).toEqual({ label: 'Planned start', value: '5 January 2026' });
    expect(tableOf(model, 'stages').rows.find((r) => r[1] === '4602' && r[2] === 'Access ready')?.[6]).toBe('Blocked – late');
  });

  it('shows an empty wave with its text, and makes an ASCII file stem of any wave name', async () => {
    const fx = await openReportFixture();
    await fx.core.call('waves.create', { name: 'Høst/Vår: Østfold & Ærø', plannedStart: '2026-09-01', plannedEnd: '2026-12-01' });
    const model = await buildReport(fx.core, buildWaveReport, reportRequest('wave', { wave: 'Høst/Vår: Østfold & Ærø', appendix: true }));
    expect(model.fileStem).toBe('etappestatus-host-var-ostfold-aero');
    expect(tableOf(model, 'units')).toMatchObject({ rows: [], emptyText: 'Etappen har ingen aktive enheter.' });
    expect(tableOf(model, 'stages').rows).toEqual([]);
    expect(factsOf(model, 'wave').items[2]).toEqual(count('Enheter', 0));
  });

  it('reports progress, stops when cancelled, and refuses an unknown wave at the start', async () => {
    const fx = await openReportFixture();
    const { ctx, progress } = await buildContext(fx.core, reportRequest('wave', { wave: 'Etappe 2' }));
    const model = await buildWaveReport(ctx);
    expect(tableOf(model, 'units').rows.map((r) => r[1])).toContain('1103');
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);

    const controller = new AbortController();
    controller.abort();
    const cancelled = await buildContext(fx.core, reportRequest('wave', { wave: 'Etappe 2' }), controller.signal);
    await expect(buildWaveReport(cancelled.ctx)).rejects.toThrow();

    const env = await fx.core.raw('reports.start', { kind: 'wave', wave: 'Etappe 9', format: 'csv' });
    expect(env).toMatchObject({ ok: false, error: { code: 'REPORT_FILTER', details: { context: 'wave_unknown', value: 'Etappe 9' } } });
    const missing = await fx.core.raw('reports.start', { kind: 'wave', format: 'xlsx' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'REPORT_FILTER', details: { context: 'wave_required' } } });
  });
});
