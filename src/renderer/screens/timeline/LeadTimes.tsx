import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LeadTimeRow } from '../../../shared/types-rollout';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { ACTUAL_COLOUR } from '../../components/charts/palette';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { TableScroll } from '../../components/TableScroll';
import { leadAxis } from './lead-axis';

const ROW_HEIGHT = 30;

/** Days from planned to done per region, as a bar chart and a table. */
export function LeadTimes({ rows }: { rows: LeadTimeRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = (value: number | null) => (value === null ? '–' : t('timeline.lead.days', { count: value, n: format.number(Math.round(value * 10) / 10) }));
  const measured = rows.filter((r) => r.averageDays !== null);
  const axis = leadAxis(measured.map((r) => r.averageDays ?? 0));
  const slowest = measured.reduce<LeadTimeRow | null>((worst, r) => (worst === null || (r.averageDays ?? 0) > (worst.averageDays ?? 0) ? r : worst), null);

  const columns: Array<ColumnDef<LeadTimeRow>> = [
    { id: 'region', header: t('dashboard.filter.region'), accessorFn: (r) => r.name },
    { id: 'samples', header: t('timeline.lead.samples'), accessorFn: (r) => format.number(r.samples) },
    { id: 'average', header: t('timeline.lead.average'), accessorFn: (r) => days(r.averageDays) },
    { id: 'median', header: t('timeline.lead.median'), accessorFn: (r) => days(r.medianDays) },
  ];
  const table = <DataTable data={rows} columns={columns} caption={t('timeline.lead.caption')} hideCaption numeric={['samples', 'average', 'median']} getRowId={(r) => String(r.regionId)} />;
  if (rows.length === 0) return <p className="empty-state">{t('timeline.lead.none')}</p>;
  if (measured.length === 0) return <TableScroll>{table}</TableScroll>;
  return (
    <ChartFigure
      summary={
        slowest
          ? t('timeline.lead.summary', { count: measured.length, n: format.number(measured.length), slowest: slowest.name, days: days(slowest.averageDays) })
          : t('timeline.lead.caption')
      }
      what={t('timeline.lead.caption')}
      chart={
        <ResponsiveContainer width="100%" height={50 + measured.length * ROW_HEIGHT}>
          <BarChart layout="vertical" data={measured} margin={{ top: 8, right: 40, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke="#d5dbe2" />
            <XAxis type="number" domain={axis.domain} ticks={axis.ticks} allowDataOverflow={false} tickFormatter={(v: number) => format.number(v)} stroke="#525d69" />
            <YAxis type="category" dataKey="name" width={170} stroke="#525d69" interval={0} />
            <Tooltip formatter={(value) => days(Number(value))} cursor={{ fill: '#e3eef7' }} itemStyle={{ color: '#1b2631' }} />
            <ReferenceLine x={0} stroke="#525d69" />
            <Bar dataKey="averageDays" name={t('timeline.lead.average')} fill={ACTUAL_COLOUR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={<TableScroll>{table}</TableScroll>}
      tableAlwaysShown
    />
  );
}
