// «Innspill» in the national and region status reports: one table with a row per region
// (or per unit of the region), the open entries and the share answered within N days.
// Numbers only, like the status tables beside it; the labels are the feedback namespace's.
import type { BuildContext } from '../reports/build-context';
import type { ReportBlock, ReportCell } from '../reports/model';
import type { StatusLayout } from '../reports/status-tables';
import { tallyFeedback, type Tally } from './summary';

export interface FeedbackLayout extends StatusLayout {
  /** The row each unit's entries count in (a region's or the unit's own id). */
  rowOf: (unitId: number) => number;
  /** The units the report covers; every unit when left out. */
  unitIds?: readonly number[];
}

function cells(tally: Tally | undefined): ReportCell[] {
  if (!tally) return [0, 0, 0, null];
  const f = tally.figures(null, null);
  return [f.open, f.due, f.answeredInTime, f.share];
}

export async function feedbackBlock(ctx: BuildContext, layout: FeedbackLayout): Promise<ReportBlock> {
  const { t, em, now } = ctx;
  const { days, rows, total } = await tallyFeedback(em, now, layout.unitIds, layout.rowOf);
  return {
    type: 'table',
    table: {
      key: 'feedback',
      title: t('feedback:report.title'),
      caption: [t('feedback:report.caption', { count: days }), layout.note].filter(Boolean).join(' '),
      columns: [
        { label: t('status.column.code'), kind: 'text' },
        { label: layout.nameLabel, kind: 'text' },
        { label: t('feedback:report.open'), kind: 'integer' },
        { label: t('feedback:report.due', { count: days }), kind: 'integer' },
        { label: t('feedback:report.answeredInTime', { count: days }), kind: 'integer' },
        { label: t('feedback:report.share', { count: days }), kind: 'percent' },
      ],
      rows: layout.rows.map((row) => [row.code, row.name, ...cells(rows.get(row.id))]),
      totals: [null, layout.totalLabel, ...cells(total)],
      emptyText: layout.emptyText,
    },
  };
}
