// A hand-made report model for the renderers' tests: independent of the
// builders, with every column kind, a totals row, a chart, facts, an empty
// table, Norwegian letters and a formula-injection value.
import type { ReportModel } from '../../../src/core/reports/model';
import type { Lang } from '../../../src/shared/types';

export function sampleModel(lang: Lang = 'nb', rowCount = 3): ReportModel {
  const regions = ['Østfold', 'Vestland', 'Trøndelag', 'Nordland', 'Troms'];
  const rows = Array.from({ length: rowCount }, (_, i) => [
    `${regions[i % regions.length]}${i >= regions.length ? ` ${i}` : ''}`,
    1200 + i,
    0.425 + i / 100,
    i === 1 ? null : `2026-0${(i % 9) + 1}-15`,
    2.5 + i,
    i === 0 ? '=HYPERLINK("http://x")' : `-${i} @note`,
  ]);
  return {
    kind: 'national',
    lang,
    title: lang === 'nb' ? 'Nasjonal status' : 'National status',
    organization: 'Norsk Testforbund',
    today: '2026-11-22',
    generatedAt: '2026-11-22T09:30:00.000Z',
    filters: [
      { label: lang === 'nb' ? 'Periode' : 'Period', value: '23.10.2026 – 22.11.2026' },
      { label: lang === 'nb' ? 'Språk' : 'Language', value: lang === 'nb' ? 'Norsk bokmål' : 'English' },
    ],
    fileStem: lang === 'nb' ? 'nasjonal-status' : 'national-status',
    landscape: false,
    blocks: [
      {
        type: 'chart',
        chart: {
          key: 'stages',
          title: lang === 'nb' ? 'Steg per region' : 'Stages per region',
          description: lang === 'nb' ? 'Antall enheter per steg i hver region.' : 'Units per stage in each region.',
          categories: ['Østfold', 'Vestland'],
          series: [
            { label: lang === 'nb' ? 'Forberedelse' : 'Preparation', values: [3, 1] },
            { label: lang === 'nb' ? 'I drift' : 'Live', values: [2, 5] },
          ],
        },
      },
      {
        type: 'table',
        table: {
          key: 'rollout',
          title: lang === 'nb' ? 'Utrulling per region' : 'Rollout by region',
          caption: lang === 'nb' ? 'Tall per i dag.' : 'Figures as of today.',
          columns: [
            { label: 'Region', kind: 'text' },
            { label: lang === 'nb' ? 'Enheter' : 'Units', kind: 'integer' },
            { label: lang === 'nb' ? 'Andel i drift' : 'Share live', kind: 'percent' },
            { label: lang === 'nb' ? 'Planlagt' : 'Planned', kind: 'date' },
            { label: lang === 'nb' ? 'Timer' : 'Hours', kind: 'decimal' },
            { label: lang === 'nb' ? 'Merknad' : 'Note', kind: 'text' },
          ],
          rows,
          totals: [lang === 'nb' ? 'Totalt' : 'Total', rows.reduce((s, r) => s + (r[1] as number), 0), 0.5, null, null, null],
        },
      },
      {
        type: 'facts',
        facts: {
          key: 'contacts',
          title: lang === 'nb' ? 'Kontakter' : 'Contacts',
          items: [
            { label: lang === 'nb' ? 'Superbruker' : 'Super-user', value: 'Åse Ødegård, 400 00 000' },
            { label: lang === 'nb' ? 'Leverandør' : 'Vendor', value: '+47 22 00 00 00' },
          ],
        },
      },
      {
        type: 'table',
        table: {
          key: 'empty',
          title: lang === 'nb' ? 'Ingen saker' : 'No cases',
          columns: [{ label: lang === 'nb' ? 'Sak' : 'Case', kind: 'text' }],
          rows: [],
          emptyText: lang === 'nb' ? 'Ingen saker i perioden.' : 'No cases in the period.',
        },
      },
    ],
  };
}
