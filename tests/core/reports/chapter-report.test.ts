// The chapter card against the unit card, the escalation path, the
// rollout status and the training figures it is read from. Bergen (4601) is
// done and fully staffed at the chapter; Kinn (4602) is blocked and late, with
// a vacant chapter leader; Trondheim (5001) is in no wave.
import { describe, expect, it } from 'vitest';
import { buildChapterReport } from '../../../src/core/reports/build-chapter';
import type { ReportFacts, ReportModel } from '../../../src/core/reports/model';
import { computeTrainingFigures, figuresOr } from '../../../src/core/training/figures';
import { formatNumber, formatPercent } from '../../../src/shared/format';
import { buildReport, openReportFixture, REPORT_TODAY, reportRequest, tableOf, type ReportFixture } from './fixture';

function factsOf(model: ReportModel, key: string): ReportFacts {
  for (const block of model.blocks) if (block.type === 'facts' && block.facts.key === key) return block.facts;
  throw new Error(`no facts ${key}`);
}

async function withContacts(fx: ReportFixture): Promise<void> {
  await fx.core.call('people.update', { id: fx.people.Siri ?? 0, phone: '+47 900 00 001', email: 'siri@example.no' });
  await fx.core.call('settings.update', { vendorName: 'Leverandøren AS', vendorEmail: 'hjelp@leverandoren.no', vendorPhone: '+47 22 00 00 00' });
}

describe('chapter card', () => {
  it('shows who owns what at the chapter and every level above, from the unit card', async () => {
    const fx = await openReportFixture();
    await withContacts(fx);
    const model = await buildReport(fx.core, buildChapterReport, reportRequest('chapter', { unit: '4601' }));
    expect(model).toMatchObject({ kind: 'chapter', title: 'Lagskort – Bergen (4601)', fileStem: 'lagskort-4601', landscape: false });

    const card = await fx.core.call('units.card', { id: fx.unit('4601') });
    const stateNb = { filled: 'Besatt', missing: 'Mangler', expiring: 'Utløper snart', vacant: 'Ledig' };
    const expected = card.levels.flatMap((level) => level.roles.flatMap((role) => (role.holders.length === 0
      ? [[level.name, role.nameNb, null, null, null, stateNb[role.state]]]
      : role.holders.map((h) => [level.name, role.nameNb, h.name, h.phone, h.email, stateNb[role.state]]))));
    const owners = tableOf(model, 'owners');
    expect(owners.rows).toEqual(expected);
    expect(new Set(owners.rows.map((r) => r[0]))).toEqual(new Set(['Bergen', 'Vestland', 'Landsforbundet']));
    expect(owners.rows).toContainEqual(['Bergen', expect.any(String), 'Siri Nordmann', '+47 900 00 001', 'siri@example.no', 'Besatt']);
    expect(owners.rows.filter((r) => r[2] === 'Per Nordmann').map((r) => r[5])).toEqual(['Utløper snart']);
    expect(owners.rows.filter((r) => r[0] === 'Landsforbundet' && r[2] === null).map((r) => r[5])).toContain('Mangler');
  });

  it('gives the escalation path with contacts, targets in hours and the gaps marked', async () => {
    const fx = await openReportFixture();
    await withContacts(fx);
    await fx.core.call('sla.update', { tier: 'vendor', firstResponseMinutes: 480, resolutionMinutes: 2880, businessHours: false });
    const model = await buildReport(fx.core, buildChapterReport, reportRequest('chapter', { unit: '4601' }));
    const policies = new Map((await fx.core.call('sla.list')).map((p) => [p.tier, p]));
    const path = tableOf(model, 'path');
    expect(path.columns.map((c) => c.kind)).toEqual(['text', 'text', 'text', 'text', 'text', 'hours', 'hours', 'text']);
    expect(path.rows.map((r) => [r[0], r[2]])).toEqual([
      ['Lokallag', 'Siri Nordmann'],
      ['Region', 'Ola Nordmann'],
      ['Nasjonalt', 'Per Nordmann'],
      ['Nasjonalt', 'Mangler – gå videre til neste nivå'],
      ['Leverandør', 'Leverandøren AS'],
    ]);
    expect(path.rows[0]?.slice(3)).toEqual(['+47 900 00 001', 'siri@example.no',
      (policies.get('chapter')?.firstResponseMinutes ?? 0) / 60, (policies.get('chapter')?.resolutionMinutes ?? 0) / 60, 'Arbeidstid']);
    expect(path.rows[1]?.[1]).toMatch(/ – Vestland$/);
    expect(path.rows[4]?.slice(1)).toEqual(['Leverandørens brukerstøtte', 'Leverandøren AS', '+47 22 00 00 00', 'hjelp@leverandoren.no', 8, 48, 'Alle timer']);
    for (const row of path.rows.slice(0, 4)) {
      const tier = { Lokallag: 'chapter', Region: 'region', Nasjonalt: 'national' }[row[0] as string] as 'chapter';
      expect(row[5]).toBe((policies.get(tier)?.firstResponseMinutes ?? 0) / 60);
      expect(row[6]).toBe((policies.get(tier)?.resolutionMinutes ?? 0) / 60);
    }
  });

  it('shows rollout progress, the next steps and training status for the chapter alone', async () => {
    const fx = await openReportFixture();
    const model = await buildReport(fx.core, buildChapterReport, reportRequest('chapter', { unit: '4601' }));
    const progress = tableOf(model, 'progress');
    expect(progress.rows).toHaveLength(6);
    for (const row of progress.rows) expect(row.slice(2)).toEqual(['2026-03-02', 'Fullført']);
    expect(progress.rows[0]?.slice(0, 2)).toEqual(['Forankret', '2026-01-05']);
    expect(factsOf(model, 'next').items).toEqual([
      { label: 'Etappe', value: 'Etappe 1' },
      { label: 'Status', value: 'Alle steg er fullført' },
    ]);

    const figures = figuresOr((await computeTrainingFigures(fx.core.ds.manager, {
      today: REPORT_TODAY, newcomerDays: 60, unitIds: [fx.unit('4601')],
    })).units.get(fx.unit('4601')));
    // Siri (super-user and local support) and Jon (chapter leader), both with basic training; Siri also advanced.
    expect([figures.holders, figures.basicValid, figures.superUsers, figures.superUsersAdvanced]).toEqual([2, 2, 1, 1]);
    expect(factsOf(model, 'training').items).toEqual([
      { label: 'Rolleinnehavere', value: '2', number: { kind: 'integer', value: 2 } },
      { label: 'Gyldig grunnopplæring', value: `${formatPercent('nb', 1)} (2 av 2)`, number: { kind: 'percent', value: 1 } },
      { label: 'Superbrukere med videregående opplæring', value: '1 av 1' },
      { label: 'Oppfriskning forfalt', value: formatNumber('nb', figures.refresherOverdue), number: { kind: 'integer', value: figures.refresherOverdue } },
      {
        label: 'Nye uten opplæring',
        value: figures.newcomers === 0 ? '– (ingen nye rolleinnehavere)' : `${figures.newcomersUntrained} av ${figures.newcomers}`,
      },
    ]);

    // Made for one A4 page: a typical chapter stays well within a page's worth of lines.
    const lines = model.blocks.reduce((n, b) => n + 2 + (b.type === 'table' ? b.table.rows.length : b.type === 'facts' ? b.facts.items.length : 8), 0);
    expect(lines).toBeLessThan(45);
  });

  it('marks late stages, a vacant role and the missing local contact, in English', async () => {
    const fx = await openReportFixture();
    const model = await buildReport(fx.core, buildChapterReport, reportRequest('chapter', { unit: '4602', lang: 'en' }));
    expect(model.title).toBe('Chapter card – Kinn (4602)');
    expect(model.fileStem).toBe('chapter-4602');
    expect(tableOf(model, 'owners').rows.filter((r) => r[0] === 'Kinn').map((r) => r[5])).toContain('Vacant');
    expect(tableOf(model, 'path').rows[0]?.slice(0, 3)).toEqual(['Chapter', expect.stringMatching(/ – Kinn$/), 'Missing – go on to the next tier']);
    expect(tableOf(model, 'progress').rows.slice(3)).toEqual([
      ['Access ready', '2026-02-16', null, 'Blocked – late'],
      ['Live', '2026-03-02', null, 'Not started – late'],
      ['Follow-up', '2026-03-16', null, 'Not started'],
    ]);
    expect(factsOf(model, 'next').items).toEqual([
      { label: 'Wave', value: 'Etappe 1' },
      { label: 'Access ready', value: 'Planned for 16 February 2026 – late' },
      { label: 'Live', value: 'Planned for 2 March 2026 – late' },
      { label: 'Follow-up', value: 'Planned for 16 March 2026' },
    ]);
    // Nobody to count: a dash and the reason, never "0% (0 of 0)"; the share has no number for XLSX.
    expect(factsOf(model, 'training').items.map((i) => i.value)).toEqual([
      '0', '– (no role holders yet)', '– (no super-users yet)', '0', '– (no new role holders)',
    ]);
    expect(factsOf(model, 'training').items[1]?.number).toEqual({ kind: 'percent', value: null });
  });

  it('leaves out an erased holder, handles a unit in no wave, and refuses an unknown unit', async () => {
    const fx = await openReportFixture();
    await fx.core.call('people.erase', { id: fx.people.Jon ?? 0 });
    const bergen = await buildReport(fx.core, buildChapterReport, reportRequest('chapter', { unit: '4601' }));
    // Erasure ends the person's roles: the chapter leader's slot shows as vacant, and nothing of Jon remains.
    expect(tableOf(bergen, 'owners').rows).toContainEqual(['Bergen', 'Lagleder', null, null, null, 'Ledig']);
    expect(JSON.stringify(bergen)).not.toContain('Jon');

    const trondheim = await buildReport(fx.core, buildChapterReport, reportRequest('chapter', { unit: '5001' }));
    const next = factsOf(trondheim, 'next').items;
    expect(next[0]).toEqual({ label: 'Etappe', value: 'Ikke med i noen etappe' });
    expect(next.slice(1).map((i) => i.value)).toEqual(['Ingen planlagt dato', 'Ingen planlagt dato', 'Ingen planlagt dato']);
    expect(tableOf(trondheim, 'progress').rows[0]).toEqual(['Forankret', null, null, 'Blokkert']);

    const unknown = await fx.core.raw('reports.start', { kind: 'chapter', unit: '9999', format: 'csv' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'REPORT_FILTER', details: { context: 'unit_unknown', value: '9999' } } });
    const missing = await fx.core.raw('reports.start', { kind: 'chapter', format: 'csv' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'REPORT_FILTER', details: { context: 'unit_required' } } });
  });
});
